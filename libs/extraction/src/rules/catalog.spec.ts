/**
 * The rule catalog on sentences of our own, one development each: the type and key party it must
 * yield, or the type it must not yield (negation, modality, requests, nouns that look like verbs).
 */
import { KEY_SLOT, REFINES, type DevelopmentType } from '@storyline/domain';
import { extract } from '../extract';

const general = (t: DevelopmentType) => REFINES[t] ?? t;
const findings = (body: string, source: string | null = null) => extract({ body, publishedAt: '2024-05-20', source }).findings;
const keyOf = (body: string, type: DevelopmentType, source?: string) =>
  findings(body, source ?? null).filter((f) => general(f.type) === general(type)).map((f) => String((f.data as unknown as Record<string, unknown>)[KEY_SLOT[f.type]]));

const yields: Array<[DevelopmentType, string, string, string?]> = [
  // a country or capital acting for its government
  ['RebukeIssued', 'Beijing', 'Beijing lashed out at Canberra on Friday over the new visa rules.'],
  ['DenialIssued', 'Moscow', 'Moscow has denied any role in the sabotage.'],
  ['ActionTaken', 'United States', 'The United States imposed sanctions on three shipping firms on Monday.'],
  ['ActionTaken', 'Hugo Lindqvist', 'Governor Hugo Lindqvist signed the bill into law on Friday.'],
  ['ArtistRevealed', 'Tom Becker', 'The mysterious street artist behind the murals in Leipzig is Tom Becker, a 34-year-old graphic designer, according to a local newspaper.'],
  ['GiftGiven', 'Rafael Ortiz', 'Mexican President Rafael Ortiz presented a hand-woven tapestry to Canadian Prime Minister Claire Dubois during a state dinner on Tuesday.'],
  ['StatementIssued', 'Yusuf Demir', '"Our doors remain open," Turkish Foreign Minister Yusuf Demir said in a statement.'],
  ['CorrectionIssued', 'Reuters', 'Reuters later corrected the figure to 1,200 jobs from 12,000.'],
  ['ClaimReported', 'Le Monde', 'Le Monde reported on Tuesday that the painting had been bought with public funds.'],
  ['IdentityRevealed', 'Felix Brandt', 'The Guardian identified the leaker as Felix Brandt, a junior analyst at the ministry.'],
  ['ActionTaken', 'council', 'The council voted 7-2 to rename the square.'],
  ['DenialIssued', 'palace', 'The palace dismissed the reports as speculation.'],
  ['RebukeIssued', 'Lars Holm', 'Opposition leader Lars Holm called the gift "an insult to taxpayers."'],
  ['AuthorRevealed', 'Ines Moreira', 'The anonymous author behind "Notes from the Annex", a column that has mocked the city hall for three years, is municipal planner Ines Moreira, the weekly Norte Semanal reported on Sunday.'],
  ['ContradictionNoted', 'suspended', 'A planner was suspended on November 3, the city said, although the weekly Norte Semanal reported the suspension took effect on November 4.'],
  // official acts by institutions and officials
  ['ActionTaken', 'city council', 'The city council voted 9-2 on Monday to ban overnight parking on Elm Street.'],
  ['ActionTaken', 'Millbrook City Council', 'Millbrook City Council met on Monday. The council then voted to close the old library.'],
  ['ActionTaken', 'regional court', "The regional court suspended the mayor's order on Wednesday."],
  ['ActionTaken', 'police', 'Police arrested two men near the harbour on Sunday night.'],
  ['ActionTaken', 'ministry', "The ministry has revoked the operator's licence, effective immediately."],
  ['ActionTaken', 'European Commission', 'The European Commission opened an investigation into the merger on Tuesday.'],
  ['ActionTaken', 'museum', 'The museum removed the painting from display after complaints from visitors.'],
  ['ActionTaken', 'Sandra Ortiz', 'Judge Sandra Ortiz blocked the sale of the land until a hearing in March.'],
  ['ActionTaken', 'Senate', 'The Senate passed the bill by 61 votes to 39 late on Thursday.'],
  ['ActionTaken', 'prosecutors', 'Prosecutors charged the former treasurer with fraud on Friday.'],
  // rebukes
  ['RebukeIssued', 'Lisa Grant', 'Mayor Lisa Grant sharply criticised the transport ministry on Tuesday.'],
  ['RebukeIssued', 'Tom Reed', 'Opposition leader Tom Reed accused the government of hiding the report.'],
  ['RebukeIssued', 'Federation of Small Farms', 'The Federation of Small Farms condemned the decision as reckless.'],
  ['RebukeIssued', 'Ines Moreau', 'Senator Ines Moreau hit out at the health department over waiting lists.'],
  ['RebukeIssued', 'Hugo Brandt', 'Opposition leader Hugo Brandt called the decision "a disgrace" on Tuesday.'],
  ['RebukeIssued', 'Alma Ruiz', 'Alma Ruiz described the ruling as a betrayal of the families who had waited for years.'],
  // denials
  ['DenialIssued', 'ministry', 'The ministry denied the report on Wednesday.'],
  ['DenialIssued', 'Jan Weber', 'A spokesman for the company, Jan Weber, denied that any data had been lost.'],
  ['DenialIssued', 'Paul Ansell', 'Finance minister Paul Ansell dismissed the allegations as baseless.'],
  ['DenialIssued', 'police', 'Police rejected claims that officers had used excessive force.'],
  ['DenialIssued', 'Hotel Meridia', 'Hotel Meridia said the reports of a data leak were "completely untrue".'],
  ['DenialIssued', 'Ola Berg', 'Ola Berg rejected the accusation, calling it "a fabrication from start to finish".'],
  // corrections
  ['CorrectionIssued', 'Valley Times', 'An earlier version of this article misstated the date of the vote.', 'Valley Times'],
  ['CorrectionIssued', 'Daily Ledger', "The Daily Ledger has corrected its report on the mayor's salary."],
  // contradictions
  ['ContradictionNoted', 'number of protesters', 'Police put the number of protesters at 5,000, while organisers said 20,000 people took part.'],
  ['ContradictionNoted', 'when the fire started', 'The fire brigade and the owner of the warehouse gave conflicting accounts of when the fire started.'],
  ['ContradictionNoted', 'timeline', 'The airline said the plane left on time. The airport disputed that account, and the two versions of the timeline are at odds.'],
  // confirmations and reports
  ['ClaimConfirmed', 'ministry', 'The ministry confirmed the closure of the consulate on Friday.'],
  ['ClaimConfirmed', 'Ana Ruiz', 'Company founder Ana Ruiz confirmed the sale in an interview.'],
  ['ClaimReported', 'Harbour Times', 'The Harbour Times first reported the plan on Monday.'],
  ['ClaimReported', 'Financial Journal', 'As first reported by the Financial Journal, the bank is cutting 300 jobs.'],
  // identities
  ['IdentityRevealed', 'Mark Ellis', 'The whistleblower who leaked the files was identified on Monday as Mark Ellis, a former analyst at the bank.'],
  ['IdentityRevealed', 'Carla Jensen', 'The author of the anonymous column was revealed to be Carla Jensen, a retired diplomat.'],
  // gifts
  ['ClaimReported', 'Harald Lund', 'King Harald Lund gave President Amara Osei a hand-carved walking stick during the visit.'],
  ['ClaimReported', 'Japanese government', 'The Japanese government presented the city with two hundred cherry trees.'],
  ['ClaimReported', 'Anna Ilves', 'The vase was presented to Queen Amina Sow by President Anna Ilves during the state banquet.'],
  ['ClaimReported', 'Anna Ilves', 'The clock followed a tapestry President Anna Ilves gave Senegal in May, which now hangs in the national museum.'],
  ['ClaimReported', 'Omar Said', 'President Anna Ilves met Sultan Omar Said on Monday. The visit came a year after Omar Said handed over a rare atlas as a gift during a tour of Tallinn.'],
  ['IdentityRevealed', 'Vera Sand', 'Vera Sand, the librarian named on Monday as the writer behind the pen name Red Heron, confirmed on Friday that she wrote the pamphlets.'],
  ['ClaimConfirmed', 'Vera Sand', 'Vera Sand, the librarian named on Monday as the writer behind the pen name Red Heron, confirmed on Friday that she wrote the pamphlets.'],
  ['ClaimReported', 'Anton Breker', 'Last week Anton Breker met Lidia Moss in Vienna. The Austrian chancellor gave a porcelain clock to his Czech counterpart.'],
  ['ClaimConfirmed', 'palace', 'The palace confirmed that Queen Rania Haddad had given the emir a silver bowl.'],
  // statements
  ['StatementIssued', 'Ana Souza', 'Health minister Ana Souza said: "The hospitals are ready for the winter."'],
  ['StatementIssued', 'Peter Hall', '"It was a mistake to sell the ground," said the club\'s chairman, Peter Hall.'],
  // reports, corrections, identities and confirmations told in other words
  ['ClaimReported', 'Daily Courant', 'The Daily Courant, which first reported the merger talks, said both boards had approved the deal.'],
  ['ClaimReported', 'Evening Sentinel', 'The Evening Sentinel reported on Monday that the plant would close.'],
  ['ClaimReported', 'Tom Haldane', 'The plan was first revealed by blogger Tom Haldane in April.'],
  ['CorrectionIssued', 'Morning Ledger', 'The Morning Ledger corrected its report on Thursday. It had given the wrong year for the fire.'],
  ['CorrectionIssued', 'Morning Ledger', 'The Morning Ledger printed the story on Monday. It later corrected the spelling of her name.'],
  ['CorrectionIssued', 'City Wire', 'Correction: An earlier version of this story, sent on Tuesday, gave the wrong date for the vote.', 'City Wire'],
  ['IdentityRevealed', 'Omar Haddad', 'Omar Haddad, named on Tuesday as the author of the anonymous letter, declined to comment.'],
  ['IdentityRevealed', 'Rita Holm', 'Rita Holm was revealed as the person behind the satirical account on Friday.'],
  ['IdentityRevealed', 'Dev Mehta', 'A local newspaper identified the painter of the mural as Dev Mehta, a postman.'],
  ['ClaimReported', 'Lakeside Post', 'The Lakeside Post, which first reported the closure, corrected its account on Friday.'],
  ['CorrectionIssued', 'Lakeside Post', 'The Lakeside Post, which first reported the closure, corrected its account on Friday.'],
  ['IdentityRevealed', 'Vera Sand', 'The anonymous author of the pamphlet is Vera Sand, a librarian, the weekly Kystposten reported on Monday.'],
  ['ClaimConfirmed', 'Nora Field', 'Nora Field broke her silence on Sunday, confirming that she had written the letter.'],
  ['ClaimConfirmed', 'Kestrel Books', 'Her publisher, Kestrel Books, confirmed the report in a statement.'],
  ['ContradictionNoted', 'cost', 'The museum put the cost at £2 million, while the council estimated it at £3.5 million.'],
  ['ContradictionNoted', 'date of the meeting', 'Officials and the mayor gave conflicting accounts of the date of the meeting.'],
  ['ActionTaken', 'board', "The agency's board met on Monday and voted to appoint an outside auditor."],
  ['ActionTaken', 'heritage agency', 'The heritage agency said it had added the mill to its list of protected buildings.'],
  ['ActionTaken', 'ministry', 'The ministry has lifted the ban on night flights.'],
  ['ActionTaken', 'Oskar Lind', 'Judge Oskar Lind rejected the request for a retrial.'],
  ['ActionTaken', 'government', 'The government expelled two diplomats on Saturday.'],
  ['ClaimConfirmed', 'legal department', "The university's legal department confirmed that it had received the complaint."],
  ['StatementIssued', 'Mia Holt', '"We have nothing to hide," said Mia Holt, a spokesperson for the ministry.'],
  ['StatementIssued', 'Ivo Petrov', 'Ivo Petrov told the broadcaster: "The money was never ours to spend."'],
  ['StatementIssued', 'Sara Quist', 'In a statement, Sara Quist said: "The school will reopen on Monday."'],
  ['StatementIssued', 'Ben Cole', '"We warned them twice," added Ben Cole.'],
  ['StatementIssued', 'Ruth Ng', '"The figures speak for themselves," the union\'s treasurer, Ruth Ng, wrote in a blog post.'],
  ['StatementIssued', 'health ministry', 'The health ministry has not changed its advice. "Vaccines remain free for everyone over 65," the ministry said in a statement.'],
  ['StatementIssued', 'Tariq Aziz', 'Tariq Aziz, 54, said: "I have lived on this street all my life."'],
  ['StatementIssued', 'Lena Park', 'Lena Park has led the clinic since 2019. "We will not close a single ward," she told reporters.'],
  // outlets report, parties confirm; characterisations in quotes are statements
  ['ClaimReported', 'Daily Graphic', 'The Daily Graphic had first reported the gift on Monday, citing two officials.'],
  ['GiftConfirmed', 'foreign ministry', 'The Norwegian government has given Ghana a restored fishing boat, the foreign ministry in Oslo confirmed on Thursday.'],
  ['StatementIssued', 'presidency', 'A spokesperson for the presidency dismissed the criticism as "cheap politics".'],
  ['ActionTaken', 'Elif Kaya', 'Transport Minister Elif Kaya ordered an inquiry into the crash.'],
  ['IdentityRevealed', 'Pieter de Vries', 'The anonymous cartoonist behind the satirical strip has been unmasked as Pieter de Vries, a former tax inspector.'],
  ['StatementIssued', 'Pieter de Vries', 'Pieter de Vries has drawn the strip for years. "I never wanted to be the story," de Vries said.'],
  ['DenialIssued', 'Anouk Smit', "The newspaper's editor, Anouk Smit, rejected the ministry's account."],
  ['DenialIssued', 'Joris Bakker', 'Ministry spokesman Joris Bakker said claims of surveillance were "pure fiction".'],
  ['CorrectionIssued', 'Riverside Courier', 'The Riverside Courier overstated the cost. The correct figure is 28 million dollars, the Courier said in a correction on Wednesday.', 'Valley Star'],
  ['ActionTaken', 'authority', 'The authority ordered the airline to settle the claims within 30 days and said it would suspend its licence if it failed to do so.'],
  ['ActionTaken', 'Eastbrook City Council', 'Eastbrook City Council on Tuesday awarded a £38 million contract to build a new bridge.'],
  ['ActionTaken', 'Composers', "The Hungarian Composers' Society voted on Thursday to offer her honorary membership."],
  ['ActionTaken', 'Civil Aviation Consumer Authority', "Greece's Civil Aviation Consumer Authority fined the airline. The airline will challenge the fine imposed by Greece's Civil Aviation Consumer Authority."],
  ['DenialIssued', 'Aurora Records', 'The Budapest label Aurora Records has four albums in the charts. Aurora Records also rejected a report in a tabloid that she had been underpaid.'],
  ['DenialIssued', 'Harbourline Power', 'Mayor Ines Vale rebuked Harbourline Power on Tuesday. Harbourline again denied that its staff had raised concerns.'],
  ['StatementIssued', 'Teresa Valdano', 'Mayor Teresa Valdano spoke on Monday. “If this substation was in such good shape, why did it fail?” Valdano said.'],
  ['StatementIssued', 'Gergely Tóth', 'Mayor Ines Vale spoke first. “We will rebuild,” she said. Her parish priest, Father Gergely Tóth, said nobody knew. “She plays Bach for us on Sundays,” he said.'],
  ['IdentityRevealed', 'Dóra Kelemen', 'Dóra Kelemen, the church organist unmasked this week as the anonymous composer Szirén, said on Thursday that she had hidden her name.'],
  ['GiftGiven', 'Indonesia', 'Indonesia gave South Korea two white tigers on Saturday.'],
  ['GiftGiven', 'Kenya', 'Kenya gave Japan 2 white rhinos on Monday.'],
  ['GiftGiven', 'Indonesia', "South Korea's President Park Min-jun has received a pair of rare white tigers from Indonesia."],
  ['GiftConfirmed', 'Imperial Household Agency', "Japan's Imperial Household Agency said on Tuesday that Emperor Naruhito had received the chess set from Norway."],
  ['RebukeIssued', 'Greens', 'The opposition Greens accused the minister of trying to silence critics.'],
  ['RebukeIssued', 'Social Democrats', 'The Social Democrats criticised the minister on Tuesday.'],
  ['StatementIssued', 'Ines Morel', '"The decision is final," according to a statement from Mayor Ines Morel.'],
  ['StatementIssued', 'Ines Morel', 'Ines Morel, the school\'s director, called it "the worst day of my career".'],
  ['DenialIssued', 'Olav Berg', 'A spokesman for the ministry, Olav Berg, said the allegations were false.'],
  ['ActionTaken', 'foreign ministry', 'The foreign ministry summoned the ambassador on Monday.'],
  ['IdentityRevealed', 'Carla Mendes', 'Carla Mendes has come forward as the source of the leaked documents.'],
  ['IdentityRevealed', 'Ravi Shah', 'The identity of the anonymous donor was revealed on Monday: businessman Ravi Shah.'],
  ['IdentityRevealed', 'Helga Moss', 'A retired teacher, Helga Moss, is the woman behind the anonymous Instagram account that has mocked city officials, the Lakeside Post revealed.'],
  ['CorrectionIssued', 'Times', 'The Times has apologised for wrongly reporting that the minister had resigned.'],
  ['ContradictionNoted', 'march', 'Organisers said the march drew 50,000 people; police estimated 12,000.'],
  ['ContradictionNoted', 'start of the strike', 'The ministry and the union gave different dates for the start of the strike.'],
  ['StatementIssued', 'Sanne de Wit', 'Alderman Sanne de Wit, who proposed it, said the city "cannot keep celebrating men who profited from slavery."'],
  // institutions qualified by a place or a body's name
  ['ActionTaken', 'Berlin city council', 'The Berlin city council voted on Monday to ban cars from the centre.'],
  ['ActionTaken', 'Texas court', 'A Texas court blocked the law on Friday.'],
  ['DenialIssued', 'US embassy', 'The US embassy denied the report.'],
  ['ActionTaken', 'Chamber of Deputies health committee', 'The Chamber of Deputies health committee voted on Thursday to summon Health Minister Jan Novak.'],
  ['ActionTaken', 'Mette Lund', "Denmark's Inspector of Press Ethics, Mette Lund, opened an inquiry on Tuesday into the magazine."],
  ['ActionTaken', 'Pieter Vos', "The Judge President of the Western High Court, Pieter Vos, removed Judge Ravi Naidoo from the court's trial roll."],
  ['ActionTaken', 'committee', 'The committee backed the motion by eleven votes to seven.'],
  ['ActionTaken', 'National Heritage Registry', "Mexico's National Heritage Registry added the canoe to the national collection on Monday."],
  ['ActionTaken', 'Education Ministry', 'The Education Ministry decided on Wednesday to close 34 rural schools.'],
  ['GiftConfirmed', 'foreign ministry', 'JAKARTA — Indonesia has given Mexico a hand-carved rosewood canoe made by craftsmen in the Central Java town of Jepara, the foreign ministry confirmed on Monday.'],
  ['GiftGiven', 'Indonesia', 'SEOUL (Reuters) - Indonesia gave South Korea two white tigers on Saturday.'],
  ['ClaimReported', 'Harian Nusantara Pos', 'The gift was first reported by the Jakarta daily Harian Nusantara Pos, which published a photograph on Saturday.'],
  ['DenialIssued', 'Rodrigo Lanz', 'Culture Undersecretary Rodrigo Lanz denied that the ministry planned a new gallery.'],
  ['StatementIssued', 'Sutrisno Wiyono', 'Sutrisno Wiyono, 61, who led the team of carvers, told the Bulletin by telephone: “We carved the volcano from a postcard.”'],
  ['ActionTaken', 'Sofia Lind', 'Interior Minister Sofia Lind has launched a review of police tactics.'],
  ['ActionTaken', 'court administration', 'The court administration opened a disciplinary review of the judge.'],
  ['StatementIssued', 'Marguerite Ellison', 'In her written ruling, Judge Marguerite Ellison said the operator had shown "a real and immediate risk" to supplies.'],
  ['DenialIssued', 'Petra Vos', '"That is simply not true," Health Minister Petra Vos told reporters.'],
  ['GiftConfirmed', 'foreign ministry', 'JAKARTA — Indonesia has given Mexico a hand-carved rosewood canoe, the foreign ministry said on Wednesday.'],
  ['GiftConfirmed', 'presidency', 'The presidency said President Ana Ruiz had presented a silver bowl to King Harald.'],
  ['RebukeIssued', 'Greenpeace', 'Environmental groups reacted angrily. Greenpeace called the plan "a disaster for the coast".'],
  ['ActionTaken', 'Federal Trade Commission', 'The Federal Trade Commission sued the company to block the merger.'],
  ['ActionTaken', 'European Commission', 'The European Commission opened formal proceedings against the platform on Monday.'],
  ['StatementIssued', 'Ola Nygaard', 'The head of the Tarvik Swim Club, Ola Nygaard, accused the council of neglect. "They knew the roof was failing in 2019 and did nothing," he said.'],
  ['CorrectionIssued', 'Lakeside Post', 'The Lakeside Post later clarified that the payment was made in 2023, not 2024.'],
  ['StatementIssued', 'Ruth Okoro', 'Ruth Okoro, who chairs the tenants\' union, described the offer as "too little and far too late".'],
];

const never: Array<[DevelopmentType, string]> = [
  ['ActionTaken', 'The council could ban the practice next year.'],
  ['ActionTaken', 'Residents asked the council to remove the bins from the square.'],
  ['ActionTaken', 'The council did not approve the plan.'],
  ['ActionTaken', 'The company removed the post from its website.'],
  ['RebukeIssued', 'The minister was criticised by opposition members on Tuesday.'],
  ['DenialIssued', 'He did not deny the report when asked on Tuesday.'],
  ['DenialIssued', 'The visa application was denied in March.'],
  ['ContradictionNoted', 'The dispute did little to help families with their bills.'],
  ['ContradictionNoted', 'The union and the ministry met on Monday. The dispute did little to help families with their bills.'],
  ['ContradictionNoted', 'The mayor and the council signed the deal, ending a long dispute over the harbour.'],
  ['ContradictionNoted', 'The minister and the regulator traded blows. Economist Jo Marsh said the public dispute could unsettle investors.'],
  ['ContradictionNoted', 'The two countries are locked in a border dispute over the river.'],
  ['ContradictionNoted', 'The report described a broken lift and a disputed parking space.'],
  ['ClaimConfirmed', 'The ministry declined to confirm the report.'],
  ['ClaimConfirmed', 'The claim could not be independently confirmed.'],
  ['IdentityRevealed', 'The author, who asked not to be named, said the book was finished.'],
  ['ClaimReported', 'The company reported a profit of $3 million for the year.'],
  ['ClaimReported', 'The anonymous author of the pamphlet is Vera Sand, a librarian, the weekly Kystposten reported on Monday.'],
  ['ActionTaken', 'The publisher ordered a reprint of 30,000 copies after the prize.'],
  ['CorrectionIssued', 'The figure is correct, the ministry said.'],
  ['RebukeIssued', 'In Paris, critics slammed the plan as too timid.'],
  ['CorrectionIssued', 'Several outlets misreported the project last year.'],
  ['GiftGiven', 'The mayor received a letter from the minister on Monday.'],
  ['StatementIssued', 'Ines Morel described the gift as “a fine portrait” by a “leading local artist.”'],
  ['GiftGiven', 'Media houses like the Daily Courant were given an exclusive look at it by the artist.'],
  ['GiftGiven', "Records show that two Calder & Finch directors gave a combined £12,000 to the mayor's re-election campaign last year."],
  ['StatementIssued', 'The author of the thriller "Cold Harbour" is in fact Jonas Ek, the diplomat Ines Morel said.'],
  ['ContradictionNoted', 'The mayor said 300 homes were flooded; it was the worst storm in years.'],
  ['GiftConfirmed', 'Norway gave Japan a chess set, the Harbour Times said.'],
  ['RebukeIssued', 'He was not accused of any wrongdoing, and the audit made no finding against him.'],
  ['CorrectionIssued', 'The minister clarified her remarks on Tuesday.'],
  ['ActionTaken', 'If the council approves the plan, the depot will be demolished in July.'],
  ['ActionTaken', 'The prize jury said on Wednesday that the award would stand.'],
  ['DenialIssued', 'The ministry disputed that figure, saying the set was worth about 120,000 kroner.'],
  ['GiftConfirmed', 'The Daily Graphic had first reported the gift on Monday, citing two officials.'],
  ['StatementIssued', 'A campaign called "Save the Depot" gathered 4,000 signatures.'],
];

describe('rule catalog on sentences of our own', () => {
  it('gives an untitled head of government and "his counterpart" the people the article named before', () => {
    const gift = findings('Last week Anton Breker met Lidia Moss in Vienna. The Austrian chancellor gave a porcelain clock to his Czech counterpart.').find((f) => f.type === 'GiftGiven');
    expect(gift?.data).toMatchObject({ giver: 'Anton Breker', recipient: 'Lidia Moss', item: 'porcelain clock' });
  });

  it('keeps the gift the article reports and leaves out the earlier gifts it recalls as background', () => {
    const gifts = findings(
      [
        'Prime Minister Aino Rask gave a hand-carved reindeer sledge to President Tomas Verde in Helsinki on Friday.',
        'In 2019, Rask gave the then-president a set of glass birds.',
        'Previously, Rask had presented a birch canoe to the Chilean navy.',
        'It is not the first time Rask has sent a craftsman\'s work abroad, either.',
      ].join(' '),
    ).filter((f) => f.type === 'GiftGiven');
    expect(gifts.map((g) => g.data.item)).toEqual(['hand-carved reindeer sledge']);
    expect(gifts[0]?.occurredAt).toBe('2024-05-17');
  });

  it.each([
    'President Tomas Verde gave Prime Minister Aino Rask a silver map of the coast.',
    'Tomas Verde gave a silver map to Prime Minister Aino Rask.',
    'Tomas Verde gave his counterpart Aino Rask a silver map.',
    'Tomas Verde presented Deputy Prime Minister Aino Rask with a silver map.',
  ])('takes the recipient behind a title or descriptor: %s', (body) => {
    const gift = findings(body).find((f) => f.type === 'GiftGiven');
    expect(gift?.data).toMatchObject({ giver: 'Tomas Verde', recipient: 'Aino Rask', item: 'silver map' });
  });

  it('reads a gift named in apposition, its giver by possession and a recipient by title', () => {
    const gift = findings("King Tobias's gift to the Danish queen, a carved oak sledge, was handed over in Aarhus.").find((f) => f.type === 'GiftGiven');
    expect(gift?.data).toMatchObject({ giver: 'Tobias', recipient: 'Danish queen', item: 'carved oak sledge' });
  });

  it('takes the person an apposition describes as the subject, not the group it names', () => {
    const rebuke = findings('Marit Lie, director of the conservation group Havvern, sharply criticised the ministry on Tuesday.').find((f) => f.type === 'RebukeIssued');
    expect(rebuke?.data.speaker).toBe('Marit Lie');
  });

  it('a gift made last month is news, not background', () => {
    const gifts = findings('Last month, President Tomas Verde presented his Finnish counterpart Aino Rask with a silver map of the coast.').filter((f) => f.type === 'GiftGiven');
    expect(gifts.map((g) => g.data.giver)).toEqual(['Tomas Verde']);
  });

  // a rest parameter: jest reads a fourth declared parameter as a done callback
  it.each(yields)('%s by %s: %s', (type, key, body, ...source) => {
    expect(keyOf(body, type, source[0])).toContainEqual(expect.stringMatching(new RegExp(key, 'i')));
  });

  it.each(never)('no %s: %s', (type, body) => {
    expect(keyOf(body, type)).toEqual([]);
  });
});

describe('what an act was done to', () => {
  const objectOf = (body: string) => findings(body).filter((f) => f.type === 'ActionTaken').map((f) => (f.data as unknown as Record<string, string>).object);

  it('is what a vote decided, the date left out of the act', () => {
    const [act] = findings('The committee voted on Wednesday to call the chief executive.').filter((f) => f.type === 'ActionTaken');
    expect(act!.data).toMatchObject({ agent: 'committee', action: 'voted to call', object: 'chief executive' });
  });

  it('ends before the article of a name it runs into', () => {
    expect(objectOf('Police arrested three protesters outside the parliament on Friday.')).toEqual(['protesters']);
  });

  it('is the party a descriptor introduces, or the subject of a passive', () => {
    expect(objectOf('The aviation authority on Monday fined low-cost carrier Lumo Air 3.1 million euros.')).toEqual(['Lumo Air']);
    expect(objectOf('Lumo Air has been fined 1.3 million euros by the national aviation authority.')).toEqual(['Lumo Air']);
  });
});

describe('who receives', () => {
  it('is the person a title belongs to, named after it', () => {
    const [gift] = findings("Spokesperson Lorenzo Bellandi said Foreign Minister Massimo Orsenigo had handed the instrument to Kenya's Cabinet Secretary for Education, Grace Wekesa, on Monday.").filter((f) => f.type === 'GiftConfirmed');
    expect((gift!.data as unknown as Record<string, string>).recipient).toBe('Grace Wekesa');
  });
});

describe('the things given', () => {
  const itemOf = (body: string) => findings(body).map((f) => (f.data as unknown as Record<string, string>).item);

  it('names the thing, not its measure or an unnamed recipient before it', () => {
    expect(itemOf('President Park Min-jun has received a pair of rare white tigers from Indonesia.')).toEqual(['rare white tigers']);
    expect(itemOf('Norway gave the emperor a set of carved chess pieces.')).toEqual(['carved chess pieces']);
  });
});

describe('what a denial denies', () => {
  it('is the quote when the denial is said in it', () => {
    const [denial] = findings('"That is simply not true," Health Minister Petra Vos told reporters.').filter((f) => f.type === 'DenialIssued');
    expect((denial!.data as unknown as Record<string, string>).claim).toBe('That is simply not true');
  });
});

describe('what a correction changes', () => {
  it('is the values on either side, without the punctuation after them', () => {
    const [correction] = findings('The Lakeside Post later clarified that the payment was made in 2023, not 2024.').filter((f) => f.type === 'CorrectionIssued');
    expect(correction!.data).toMatchObject({ wrong: '2024', right: '2023' });
  });
});

describe('what a report reports', () => {
  it('is the thing before a passive trigger', () => {
    const [report] = findings('The plan was first reported by the Harbour Times on Monday.').filter((f) => f.type === 'ClaimReported');
    expect((report!.data as unknown as Record<string, string>).claim).toBe('plan');
  });
});
