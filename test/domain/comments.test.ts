import { produce } from "immer";
import { describe, expect, it } from "vitest";
import {
  addComment,
  deleteComment,
  editComment,
  openCommentCounts,
  removeElements,
  resolveThread,
  threadsOf,
  type CardComment,
} from "../../src/domain";
import { blankJourney, withCard } from "../helpers/factories";

const comment = (id: string, over: Partial<CardComment> = {}): CardComment => ({
  id,
  elementId: "a",
  replyTo: null,
  author: "Ana",
  authorId: "ana",
  text: `Text ${id}`,
  at: 1,
  editedAt: null,
  resolved: false,
  ...over,
});

const journey = () =>
  produce(blankJourney(), (j) => {
    withCard(j, { id: "a", title: "Checkout" });
    withCard(j, { id: "b", title: "Delivery" });
  });

describe("comments on cards", () => {
  it("keeps threads in order with their replies, and counts only open ones on the card", () => {
    const next = produce(journey(), (j) => {
      expect(addComment(j, comment("t1", { at: 5 }))).toBe(true);
      expect(addComment(j, comment("t2", { at: 2 }))).toBe(true);
      expect(addComment(j, comment("r1", { replyTo: "t1", at: 9, authorId: "ben" }))).toBe(true);
      // A reply must answer a thread's first comment on the same card.
      expect(addComment(j, comment("r2", { replyTo: "r1" }))).toBe(false);
      expect(addComment(j, comment("r3", { replyTo: "t1", elementId: "b" }))).toBe(false);
      expect(addComment(j, comment("x", { elementId: "missing" }))).toBe(false);
      resolveThread(j, "t2", true);
    });
    expect(threadsOf(next, "a").map((t) => [t.first.id, t.replies.map((r) => r.id)])).toEqual([
      ["t2", []],
      ["t1", ["r1"]],
    ]);
    expect(openCommentCounts(next).get("a")).toBe(2);
  });

  it("lets only a comment's writer edit or delete it; deleting a first comment deletes its thread", () => {
    let next = produce(journey(), (j) => {
      addComment(j, comment("t1"));
      addComment(j, comment("r1", { replyTo: "t1", authorId: "ben" }));
    });
    next = produce(next, (j) => {
      expect(editComment(j, "t1", "ben", "Hijacked", 2)).toBe(false);
      expect(editComment(j, "t1", "ana", "Better words", 2)).toBe(true);
      expect(deleteComment(j, "r1", "ana")).toBe(false);
    });
    expect(next.comments.t1).toMatchObject({ text: "Better words", editedAt: 2 });
    next = produce(next, (j) => void deleteComment(j, "t1", "ana"));
    expect(next.comments).toEqual({});
  });

  it("removes a card's comments with the card", () => {
    const next = produce(journey(), (j) => {
      addComment(j, comment("t1"));
      addComment(j, comment("t2", { elementId: "b" }));
      removeElements(j, ["a"]);
    });
    expect(Object.keys(next.comments)).toEqual(["t2"]);
  });
});
