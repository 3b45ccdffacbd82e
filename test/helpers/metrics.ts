import type { CustomMetric } from "../../src/domain";

/** A team's own metric: minutes waited at a branch, whole numbers, lower is better. */
export const waitAtBranch: CustomMetric = {
  id: "metricWait",
  name: "Wait at the branch",
  unit: "min",
  min: 0,
  max: 120,
  integer: true,
  higherIsBetter: false,
};
