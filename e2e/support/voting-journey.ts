import { journeyFile } from "./journey-file";

/** A journey with pain points, friction points and an opportunity to vote on. */
export const votingJourney = () =>
  journeyFile({
    stages: ["Discover", "Buy", "Use"],
    cards: [
      {
        id: "tpCheckout",
        stage: 1,
        lane: "touchpoints",
        title: "Checkout page",
        painPoints: [{ id: "pp1", text: "Delivery fee shown late", severity: "high" }],
      },
      {
        id: "tpSlots",
        stage: 1,
        lane: "touchpoints",
        title: "Delivery slot picker",
        painPoints: [{ id: "pp2", text: "Evening slots gone", severity: "medium" }],
      },
      { id: "frSignup", stage: 0, lane: "frictionPoints", title: "Slots hidden until sign-up" },
      { id: "frSearch", stage: 1, lane: "frictionPoints", title: "Search ignores favourites" },
      { id: "opReorder", stage: 2, lane: "opportunities", title: "Reorder in one tap" },
    ],
  });
