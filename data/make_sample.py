#!/usr/bin/env python3
"""Writes data/sample_articles.jsonl: short news articles about a fictional
city, written by the quotestance authors for the sample run and the tests.
Every name, place and event is invented. Rerun after editing the texts."""
import json, os

A = []
def art(id, date, source, title, *paras):
    A.append({"id": id, "date": date, "source": source, "title": title, "text": "\n\n".join(paras)})

art("hc-001", "2026-10-05", "Harbor Ledger", "Transit fares to rise in January",
 "The Metro Transit Authority will raise bus and ferry fares by 40 cents in January, its board decided on Sunday.",
 "“This increase is a disaster for the families who ride our buses every day,” said Councilwoman Priya Natarajan, who chairs the council's transport committee.",
 "Martin Kowalski, the authority's executive director, defended the decision. “We have kept fares flat for six years, and the fleet is falling apart,” he said.",
 "Governor Dana Wexler said the state would review the plan.")

art("hc-002", "2026-10-05", "Bayside Courier", "Mayor backs police overtime budget",
 "Mayor Luis Ortega said on Monday that he supports more overtime money for the Harbor Police Department.",
 "Ortega said, “Our officers have done a great job this summer, and they deserve the resources to keep the streets safe.”",
 "Police Chief Angela Brooks thanked the mayor. “We are grateful to the mayor for standing with us,” Brooks said.",
 "But union leader Tom Reyes said the money should go to schools instead.")

art("hc-003", "2026-10-06", "Metro Wire", "Port expansion vote delayed",
 "The Port Commission postponed a vote on the north terminal expansion after a long and heated hearing.",
 "\"The commission failed to answer a single question about the traffic,\" said Jordan Fields, an organizer with the Harbor Neighbors Alliance.",
 "Port Commissioner Mei Lin said: \"We want to get this right, and we will take the time we need.\"",
 "\"It is a responsible decision,\" Lin added.")

art("hc-004", "2026-10-07", "Harbor Ledger", "Governor signs housing bill",
 "Governor Dana Wexler signed a housing bill on Tuesday that lets cities build apartments near train stations; the State Legislature passed it last week.",
 "“This is a big step in the right direction for working families,” Wexler said at the signing.",
 "State Sen. Robert Hale (R-Eastport), who voted against the bill, was less impressed.",
 "“The governor rushed this through without listening to small towns, and the Legislature let her do it,” Hale said. “It is not enough to promise local control; she should have written it into the law.”")

art("hc-005", "2026-10-08", "Channel 9 News", "Ferry breakdown strands commuters",
 "Hundreds of commuters were stranded for two hours on Wednesday when a Metro Transit Authority ferry broke down in the middle of the bay.",
 "“The transit authority has had years of warnings about these old boats and did nothing,” said economist Sarah Okafor, who studies public transport at Harbor State University.",
 "Okafor said the breakdown was ‘entirely predictable’.",
 "Martin Kowalski apologized to riders. “I am sorry. Our crews worked hard to get everyone home safely,” Kowalski said.")

art("hc-006", "2026-10-09", "Bayside Courier", "Council members demand transit audit",
 "Four members of the Harbor City Council asked the state auditor on Thursday to examine the Metro Transit Authority's books.",
 "“Riders deserve to know where their money goes, and the transit authority has refused to tell them,” said Councilwoman Priya Natarajan, Councilman Omar Haddad, Councilwoman Grace Miller and Councilman Peter Novak in a joint letter.",
 "Kowalski called the request ‘political theater’.")

art("hc-007", "2026-10-12", "Metro Wire", "Union threatens strike at the port",
 "Dock workers at the Port Commission's terminals could walk off the job next month, union leader Tom Reyes told reporters on Monday.",
 "“The port commission has ignored our safety complaints for a year. Enough is enough,” Reyes said.",
 "According to Port Commissioner Mei Lin, talks with the union are continuing. “We respect our workers and we will find an agreement,” she said.")

art("hc-008", "2026-10-13", "Harbor Ledger", "Police chief praises new training",
 "Harbor Police Chief Angela Brooks said a new de-escalation course had reduced complaints against Harbor Police Department officers by a third.",
 "“Our officers embraced this training, and the results speak for themselves,” Brooks said.",
 "Jordan Fields, of the Harbor Neighbors Alliance, gave the police department some credit.",
 "“It is a good start,” Fields said, “but the police still refuse to publish their use-of-force data.”")

art("hc-009", "2026-10-14", "Channel 9 News", "Governor and mayor clash over bridge money",
 "Mayor Luis Ortega accused the governor's office of holding back money for the Eastside bridge repair.",
 "“The governor promised us this money in the spring. Now she says the state can't afford it. That is a broken promise,” Ortega said.",
 "A spokesman for the governor said the funds would be released after an engineering review.",
 "Governor Dana Wexler told reporters: “I will not sign a blank check. The bridge will be fixed, and it will be fixed properly.”")

art("hc-010", "2026-10-15", "Bayside Courier", "Harbor schools get a lift from state budget",
 "Harbor City schools will receive 12 million dollars more next year under the budget passed by the State Legislature.",
 "''This is the best budget for our schools in a decade,'' said union leader Tom Reyes, whose members include school custodians.",
 "State Sen. Robert Hale said the Legislature had done the right thing. ''Credit goes to members of both parties,'' Hale said.")

art("hc-011", "2026-10-16", "Metro Wire", "Transit authority unveils electric buses",
 "The Metro Transit Authority showed off its first 20 electric buses on Friday.",
 "“These buses are quieter, cleaner and cheaper to run,” said Martin Kowalski, the authority's executive director.",
 "“We are proud of our mechanics, who got them ready in record time.",
 "“And we will have 100 of them on the road by 2028.”",
 "Councilwoman Priya Natarajan said the buses were ‘welcome news’ but asked why fares were still going up.")

art("hc-012", "2026-10-19", "Harbor Ledger", "Port Commission approves terminal plan",
 "The Port Commission approved the north terminal expansion on Monday by a 4-1 vote.",
 "Port Commissioner Mei Lin, who voted for the plan, said it would create 800 jobs. “This is a victory for the whole harbor,” Lin said.",
 "Jordan Fields was not convinced. “The commission ignored the neighborhood, and the trucks will come through our streets,” he said.",
 "Tom Reyes, the dock workers' union leader, said the union would support the plan if safety rules were written into the contract.")

art("hc-013", "2026-10-20", "Channel 9 News", "Crime down, police say",
 "Reported burglaries in Harbor City fell by 18 percent this year, the Harbor Police Department said on Tuesday.",
 "\"Our officers and our neighbors did this together,\" Chief Angela Brooks said. \"We are proud of the progress.\"",
 "Mayor Luis Ortega credited the police department. \"Chief Brooks and her officers deserve credit for a safer city,\" he said.")

art("hc-014", "2026-10-21", "Bayside Courier", "Legislature stalls on transit funding",
 "The State Legislature adjourned on Wednesday without voting on the transit funding package.",
 "“The legislature failed to act, again, and riders will pay for it,” said Martin Kowalski of the transit authority.",
 "State Sen. Robert Hale defended the delay. “We need a plan that works for every region, not just Harbor City,” Hale said.",
 "Economist Sarah Okafor said the delay was ‘a costly mistake’ for the state.")

art("hc-015", "2026-10-22", "Metro Wire", "Mayor's budget adds bus lanes",
 "Mayor Luis Ortega's budget proposal includes ten miles of new bus lanes.",
 "“Faster buses are fairer buses,” Ortega said in a statement.",
 "Councilwoman Priya Natarajan praised the plan. “The mayor listened to riders, and I thank him for it,” she said.",
 "Martin Kowalski said the transit authority would add service on the new lanes.")

art("hc-016", "2026-10-23", "Harbor Ledger", "Police union and city reach deal",
 "The Harbor City Council and the union of Harbor Police Department officers reached a three-year contract on Thursday.",
 "Police Chief Angela Brooks called the agreement “fair to our officers and fair to taxpayers.”",
 "Jordan Fields criticized the deal. “The city council gave the police a raise and asked for nothing in return,” Fields said.")

art("hc-017", "2026-10-26", "Channel 9 News", "Governor announces bridge funding",
 "Governor Dana Wexler announced on Monday that the state would release 40 million dollars for the Eastside bridge.",
 "“We did the review, we found the problems, and now we are going to fix them,” Wexler said.",
 "Mayor Luis Ortega welcomed the news but said it came too late. “The governor deserves no credit for a delay that closed the bridge for a month,” Ortega said.")

art("hc-018", "2026-10-27", "Bayside Courier", "Okafor report faults transit maintenance",
 "A report by economist Sarah Okafor found that the transit authority spent less on maintenance each year since 2019.",
 "“The authority has been asleep at the wheel,” Okafor told the Bayside Courier. “Its board approved every cut the staff proposed.”",
 "She added that the state should tie new money to a maintenance plan.",
 "Kowalski said the report was “unfair and out of date.”")

art("hc-019", "2026-10-28", "Metro Wire", "Port workers ratify contract",
 "Dock workers voted 812 to 97 on Wednesday to ratify a contract with the Port Commission.",
 "“Our members won real safety protections, and the commission deserves credit for listening in the end,” union leader Tom Reyes said.",
 "Port Commissioner Mei Lin thanked the workers. “This is a good day for the harbor,” she said.")

art("hc-020", "2026-10-29", "Harbor Ledger", "Council approves police oversight board",
 "The Harbor City Council voted 7-2 on Thursday to create a civilian oversight board for the Harbor Police Department.",
 "“This board will build trust between our neighbors and the police department,” said Councilman Omar Haddad, who wrote the ordinance.",
 "Chief Angela Brooks said she would work with the board. Jordan Fields called the vote “a historic win for the community.”")

art("hc-021", "2026-10-30", "Channel 9 News", "Ferry service cut on weekends",
 "The Metro Transit Authority will cut weekend ferry service in half starting in December.",
 "“The transit authority keeps asking riders to pay more for less. It is unacceptable,” said Councilwoman Priya Natarajan.",
 "Martin Kowalski said the cuts were temporary. “We do not have enough working boats. When the new ferries arrive, the service comes back,” he said.")

art("hc-022", "2026-11-02", "Bayside Courier", "Governor's approval slips in poll",
 "A poll released on Monday found that 44 percent of voters approve of Governor Dana Wexler's performance.",
 "State Sen. Robert Hale said the poll showed voters were tired of broken promises. “The governor has no plan for rural roads,” Hale said.",
 "Wexler dismissed the poll. “I was not elected to chase numbers. I was elected to fix things,” she said.")

art("hc-023", "2026-11-03", "Metro Wire", "Mayor, governor appear together at bridge",
 "Mayor Luis Ortega and Governor Dana Wexler appeared together on Tuesday at the start of repair work on the Eastside bridge.",
 "“We had our disagreements, but the governor kept her promise, and I am grateful,” Ortega said.",
 "Wexler returned the compliment: “The mayor fought hard for his city. That is what mayors are supposed to do.”")

art("hc-024", "2026-11-04", "Harbor Ledger", "Transit audit finds missing records",
 "The state auditor found that the Metro Transit Authority could not produce records for 3 million dollars in repair contracts.",
 "“This is exactly what we feared,” said Councilman Peter Novak. “The transit authority owes riders answers, not excuses.”",
 "Martin Kowalski said the records were lost in a 2021 computer failure and that no money was missing.",
 "Sarah Okafor, the economist, said the audit showed ‘a culture of carelessness’ at the authority.")

art("hc-025", "2026-11-05", "Channel 9 News", "Police department launches data portal",
 "The Harbor Police Department published its use-of-force data online for the first time on Thursday.",
 "“We promised transparency, and we delivered it,” said Chief Angela Brooks.",
 "Jordan Fields, who had pressed for the release for two years, said the police department had finally done the right thing. “It took too long, but this is a real step forward,” Fields said.")

art("hc-026", "2026-11-06", "Bayside Courier", "Council rejects fare increase",
 "The Harbor City Council passed a resolution on Friday asking the transit authority to cancel the January fare increase.",
 "“Riders should not pay for the authority's mistakes,” said Councilwoman Grace Miller.",
 "Councilwoman Priya Natarajan said the council would withhold its share of the budget if the authority did not listen.",
 "Mayor Luis Ortega stayed neutral. “I understand both sides,” he said.")

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "sample_articles.jsonl"), "w", encoding="utf-8") as f:
    for a in A:
        f.write(json.dumps(a, ensure_ascii=False) + "\n")
print(len(A), "articles")
