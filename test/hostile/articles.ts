// Article text for the hostile pages: real-looking prose, long enough that Readability keeps the body.
export interface ArticleText {
  site: string;
  title: string;
  author: string;
  paragraphs: string[];
}

export const articles: ArticleText[] = [
  {
    site: 'The Harbour Gazette',
    title: 'Ferry timetable changes leave island commuters facing longer days',
    author: 'Maren Holt',
    paragraphs: [
      'Commuters who rely on the early ferry from Skerry Island will have to leave home forty minutes sooner from next month, after the operator confirmed a revised timetable that drops the 6.10 sailing during the winter season.',
      'The company said falling passenger numbers on the first crossing of the day no longer justified the crew costs, and that the 6.50 departure would be extended with a larger vessel to absorb the extra demand.',
      'Residents say the change ignores the shift workers at the mainland hospital, who cannot reach the start of a seven o’clock shift on the later boat. A petition against the plan gathered more than eleven hundred signatures in a week.',
      'The harbour authority, which must approve timetable changes that affect lifeline routes, has asked the operator for passenger counts going back three years before it makes a decision at its meeting in early December.',
      'Councillors on the island have proposed a compromise: keep the early sailing on weekdays only, and review the numbers again in spring once the new bridge works on the mainland road are finished.',
    ],
  },
  {
    site: 'Field Notes Weekly',
    title: 'Volunteers count a record number of wintering wading birds on the estuary',
    author: 'Tomas Rehn',
    paragraphs: [
      'More than forty thousand wading birds were counted on the estuary during the January survey, the highest figure since volunteers began recording the flocks in a standard way almost three decades ago.',
      'Knot and dunlin made up most of the total, with large roosts gathering on the shingle spit at high tide. Counters worked in pairs from fixed points, estimating the size of moving flocks in blocks of fifty birds.',
      'Researchers caution that a single count can be swayed by weather elsewhere. A cold snap on the continent in the days before the survey may have pushed birds west, swelling the numbers for a short time.',
      'Even so, the long-term trend for several species has been upward since grazing returned to the salt marsh and disturbance from dogs on the spit was reduced by seasonal fencing put up by the wildlife trust.',
      'The next coordinated count takes place in February. Organisers are looking for new volunteers and will run two training mornings at the visitor centre, where experienced counters explain how to estimate a flock.',
    ],
  },
  {
    site: 'Civic Ledger',
    title: 'City library extends opening hours after a year of rising visits',
    author: 'Priya Castell',
    paragraphs: [
      'The central library will stay open until nine in the evening on four weekdays from the start of next term, after visitor numbers rose by almost a fifth over the past year and study spaces regularly filled up by mid-afternoon.',
      'Staff say the busiest group is students preparing for exams, but that the evening sessions of the language café and the digital help desk have also drawn people who work during the day and could not come before.',
      'The longer hours will be paid for by moving two part-time posts from the mobile library service, which will visit outlying villages every three weeks instead of every fortnight. Some rural councillors have objected to the change.',
      'A survey of users carried out in the autumn found that quiet study rooms, reliable wireless access and longer opening times were the three things people most wanted, well ahead of new book stock or a café.',
      'The library will publish monthly visitor figures for the extended hours and has promised to look again at the mobile service if the evening sessions are not well used by the summer holidays.',
    ],
  },
  {
    site: 'The Workbench Review',
    title: 'How a small joinery shop kept its apprentices through a lean winter',
    author: 'Ewan Mackie',
    paragraphs: [
      'When orders for fitted kitchens dried up last November, the owners of a six-person joinery workshop on the edge of town had to decide whether to let their two apprentices go or find them something else to build.',
      'They chose to take on repair work that larger firms turn down: sash windows in listed houses, church pews with split seats, and school furniture that had been stacked in storerooms for years because nobody would fix it.',
      'The margins were thin, but the apprentices learned more about old timber and hand tools in four months than in the previous year of cutting worktops, according to the workshop’s foreman, who has been in the trade for thirty years.',
      'By spring the kitchen orders had returned, and the repair work had brought in a steady list of customers from the conservation area. The workshop now keeps one bench set aside for restoration jobs all year round.',
      'Both apprentices passed their assessments in June. One has stayed on full time; the other has moved to a heritage building firm in the city and says the winter of repairs is what got her the job.',
    ],
  },
  {
    site: 'Northern Science Desk',
    title: 'Researchers map how meltwater travels beneath a shrinking glacier',
    author: 'Ingrid Solberg',
    paragraphs: [
      'A team of glaciologists has spent two summers dropping small sensors into crevasses on a valley glacier, tracking how meltwater finds its way through the ice and what that does to the speed at which the glacier slides.',
      'The sensors, each about the size of a tennis ball, record pressure and temperature as they are carried along. Those that reached the glacier snout were collected from the river and their records read back at the field station.',
      'The results show that early in the season water spreads out in a thin sheet under the ice, lifting it and speeding it up. Later, the water carves larger channels that drain it quickly, and the glacier slows down again.',
      'Understanding that switch matters for forecasts of sea level, because larger ice sheets may behave in the same way. Models that treat the bed of a glacier as fixed tend to get the timing of summer speed-ups wrong.',
      'The team plans to return next year with sensors that can also measure the chemistry of the water, which may show how long it has been in contact with the rock beneath the ice before it reaches the river.',
    ],
  },
  {
    site: 'The Market Street Journal',
    title: 'Independent bakeries turn to shared ovens as energy bills climb',
    author: 'Luca Ferrante',
    paragraphs: [
      'Three independent bakeries in the old market district have started sharing a single deck oven overnight, splitting the energy bill and the cost of a night baker between them after their separate bills doubled in two years.',
      'The arrangement was set up by the owner of the oldest of the three shops, who had a large oven that sat idle for much of the night. The other two bakers now bring their dough in crates before midnight and collect the bread at dawn.',
      'Each shop still makes its own recipes, and the bakers say customers have not noticed any difference. The hardest part, they add, was agreeing on a schedule that gives each batch the temperature it needs.',
      'A local business association says it has had enquiries from cafés and a brewery about similar schemes, and is drafting a short guide on insurance, food hygiene registration and how to share the costs fairly.',
      'The bakers expect to save about a third on energy this winter. If the arrangement lasts, they want to buy a second, more efficient oven together and retire the older equipment in two of the shops.',
    ],
  },
];
