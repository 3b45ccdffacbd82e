import { createContext, useContext } from "react";
import { BoxIndex, type CardBox } from "../../domain";

/** Where the layout places every card, for arrows to keep their hit areas off them. */
export const CardBoxesContext = createContext<BoxIndex<CardBox>>(new BoxIndex([]));

export const useCardBoxes = () => useContext(CardBoxesContext);
