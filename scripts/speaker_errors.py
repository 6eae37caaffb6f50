#!/usr/bin/env python3
"""Sort the PolNeAR dev speaker errors of a `quotestance quotes` output into
families, so that the next rule aims at a family and its ceiling is known.

Usage:
  python3 scripts/speaker_errors.py [--pred Q.jsonl] [--list FAMILY]

Without --pred it runs target/release/quotestance on
../shared/eval/quotes/polnear.dev.jsonl. It calls the shared scorer
(score_quotes.py --errors) and sorts each speaker error (a matched quote
whose speaker_mention does not match the gold's) into:

  conv        the gold speaker is written right after `according to`,
              `reported`, `reports`, `report`, `account of`, `recalled` or
              `per`, or is followed by `reported`/`reports`/`recalled`/
              `wrote`: PolNeAR gives `X said "…", according to Y` to Y; we
              keep X, who spoke (see DESIGN.md);
  none        we give no speaker;
  pron-pron   two different pronouns;
  mention     one side is a pronoun (or `who`, `which`, `his`, …) and the
              other a name or description: often one person written two
              ways (`"…," he said` after `Trump said …`);
  same        the gold's last word is in our resolved speaker (or back);
  other       anything else: wrong speakers, and gold speakers such as
              `Partial transcript` or `a purple cape`.

--list FAMILY prints that family's errors with the text before the quote.
The texts stay in ../shared; nothing is copied.
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
EVAL = os.path.join(ROOT, '..', 'shared', 'eval')
GOLD = os.path.join(EVAL, 'quotes', 'polnear.dev.jsonl')
PRONOUNS = {'he', 'she', 'they', 'i', 'we', 'it', 'you', 'who', 'him', 'her', 'his',
            'their', 'which', 'that'}


def family(err, gold_quote, text, resolved):
    g = err['gold_speaker']
    p = err.get('pred_speaker') or ''
    gs, ge = gold_quote.get('speaker_start'), gold_quote.get('speaker_end')
    before = text[max(0, gs - 40):gs] if gs is not None else ''
    after = text[ge:ge + 20] if ge is not None else ''
    if (re.search(r'(according to|reported|reports|report|account of|recalled|per)\s*(the\s*)?$',
                  before, re.I)
            or re.search(r'^\W*(reported|reports|recalled|wrote)', after)):
        return 'conv'
    if not p:
        return 'none'
    gp, pp = g.strip().lower() in PRONOUNS, p.strip().lower() in PRONOUNS
    if gp and pp:
        return 'pron-pron'
    if gp or pp:
        return 'mention'
    gw = re.findall(r'\w+', g.lower())
    rw = re.findall(r'\w+', (resolved or '').lower())
    if gw and rw and (gw[-1] in rw or rw[-1] in gw):
        return 'same'
    return 'other'


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--pred')
    ap.add_argument('--list')
    args = ap.parse_args()
    tmp = tempfile.mkdtemp()
    pred = args.pred
    if pred is None:
        pred = os.path.join(tmp, 'q.jsonl')
        with open(pred, 'w') as f:
            subprocess.run([os.path.join(ROOT, 'target', 'release', 'quotestance'), 'quotes',
                            '-q', GOLD], stdout=f, check=True)
    errs = os.path.join(tmp, 'err.jsonl')
    subprocess.run([sys.executable, os.path.join(EVAL, 'score_quotes.py'), '--gold', GOLD,
                    '--pred', pred, '--speaker-field', 'speaker_mention', '--errors', errs],
                   stdout=subprocess.DEVNULL, check=True)
    arts = {}
    with open(GOLD) as f:
        for line in f:
            a = json.loads(line)
            arts[a['id']] = a
    preds = {}
    with open(pred) as f:
        for line in f:
            d = json.loads(line)
            preds[d['id']] = {q['char_start']: q for q in d['quotes']}
    counts = collections.Counter()
    rows = collections.defaultdict(list)
    with open(errs) as f:
        for line in f:
            e = json.loads(line)
            if e['type'] != 'speaker':
                continue
            a = arts[e['id']]
            gq = next(x for x in a['quotes'] if x['text'][:60] == e['quote'][:60])
            pq = next((preds[e['id']][k] for k in range(gq['start'] - 2, gq['start'] + 3)
                       if k in preds.get(e['id'], {})), {})
            fam = family(e, gq, a['text'], pq.get('speaker'))
            counts[fam] += 1
            rows[fam].append((e, gq, a['text']))
    total = sum(counts.values())
    print(f'speaker errors: {total}')
    for fam, n in counts.most_common():
        print(f'  {fam}: {n}')
    for e, gq, text in rows.get(args.list, []):
        s = gq['start']
        ctx = text[max(0, s - 160):s].replace('\n', ' / ')
        print(f"G: {e['gold_speaker'][:40]} | P: {e.get('pred_speaker')} || {ctx} "
              f"[[ {text[s:s + 50]} ]]")


if __name__ == '__main__':
    main()
