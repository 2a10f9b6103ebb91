/** Words that stand before a person's name as a title or role ("CEO Jane Roe", "analyst Li Wei"). */
export const TITLES: ReadonlySet<string> = new Set([
  'ceo', 'cfo', 'coo', 'president', 'chairman', 'chairwoman', 'chief', 'executive', 'officer', 'director', 'minister', 'secretary', 'senator',
  'governor', 'mayor', 'spokesman', 'spokeswoman', 'spokesperson', 'analyst', 'founder', 'mr', 'mrs', 'ms', 'dr', 'sir', 'lord', 'judge',
  'justice', 'professor', 'prof', 'general', 'gen', 'captain', 'chancellor', 'premier', 'king', 'queen', 'prince', 'princess', 'pope',
  'manager', 'head', 'vice', 'deputy', 'representative', 'rep', 'sen', 'gov', 'economist', 'lawyer', 'attorney', 'correspondent', 'reporter',
  'official', 'chair', 'owner',
]);
