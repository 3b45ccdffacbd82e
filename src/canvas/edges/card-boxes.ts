import { createContext, useContext } from "react";
import type { BoxIndex, CardBox } from "../../domain";

/**
 * Where the layout places every card, for arrows to keep their hit areas off them; null until
 * the map has first painted, so working out hit areas never holds up a map's opening.
 */
export const CardBoxesContext = createContext<BoxIndex<CardBox> | null>(null);

export const useCardBoxes = () => useContext(CardBoxesContext);
