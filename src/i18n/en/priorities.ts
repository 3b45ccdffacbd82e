import type { Message } from "../catalogue";

/** Priorities: opportunities weighed by impact and effort on a matrix. */
export const prioritiesEn = {
  "priorities.open": "Priorities",
  "priorities.openDescription":
    "Weigh opportunities by impact and effort: quick wins, big bets, fill-ins and money pits",
  "priorities.title": "Priorities: {journey}",
  "priorities.back": "Back to the map",
  "priorities.matrix": "Opportunity matrix",
  "priorities.help":
    "Drag a card to its impact and effort, or choose it and move it with the arrow keys (up for more impact, right for more effort). Bigger dots have more votes. Enter shows the card on the map.",
  "priorities.withFriction": "Weigh friction points too",
  "priorities.impact": "Impact",
  "priorities.effort": "Effort",
  "priorities.more": "more",
  "priorities.less": "less",
  "priorities.cell": "Impact {impact}, effort {effort}",
  "priorities.item": "{kind}: {title}. Impact {impact}, effort {effort}: {quadrant}. {votes}",
  "priorities.votes": { zero: "No votes", one: "1 vote", other: "{count} votes" },
  "priorities.quadrant.quickWins": "Quick wins",
  "priorities.quadrant.bigBets": "Big bets",
  "priorities.quadrant.fillIns": "Fill-ins",
  "priorities.quadrant.moneyPits": "Money pits",
  "priorities.quadrantHint.quickWins": "High impact, little effort: do these first.",
  "priorities.quadrantHint.bigBets": "High impact, much effort: plan them.",
  "priorities.quadrantHint.fillIns": "Little impact, little effort: when there is time.",
  "priorities.quadrantHint.moneyPits": "Little impact, much effort: think twice.",
  "priorities.none": "None yet.",
  "priorities.unplaced": "Not weighed yet",
  "priorities.unplacedHint":
    "Choose one to put it in the middle of the matrix, then move it; or drag it onto the matrix.",
  "priorities.place": "Weigh “{title}”",
  "priorities.empty":
    "This journey has no opportunities yet. Add opportunities on the map (the Opportunities lane), then weigh them here.",
  "priorities.moved": "“{title}”: impact {impact}, effort {effort}, {quadrant}",
  "inspector.impact": "Impact (1–5)",
  "inspector.effort": "Effort (1–5)",
  "rating.1": "1, very low",
  "rating.2": "2, low",
  "rating.3": "3, medium",
  "rating.4": "4, high",
  "rating.5": "5, very high",
} as const satisfies Record<string, Message>;
