import { Check, MessageSquare, RotateCcw } from "lucide-react";
import { useId, useState } from "react";
import { threadsOf, type CardComment, type Journey, type JourneyElement } from "../../domain";
import { LIMITS } from "../../format";
import { getLocale, useT } from "../../i18n";
import {
  addCardComment,
  deleteCardComment,
  editCardComment,
  isOwnComment,
  resolveCommentThread,
} from "../../store";
import { Button } from "../../ui/Button";
import { absoluteTime } from "../workspace/time";
import "./comments.css";

/**
 * A card's comment threads: write one, reply, edit or delete one's own, resolve and reopen. Text
 * is shown as text (never markup) and isolated, so a bidi override in it stays inside it.
 */
export function CommentsField({ journey, element }: { journey: Journey; element: JourneyElement }) {
  const t = useT();
  const threads = threadsOf(journey, element.id);
  const open = threads.filter((thread) => !thread.first.resolved);
  const resolved = threads.filter((thread) => thread.first.resolved);
  const [showResolved, setShowResolved] = useState(false);
  return (
    <section className="inspector__section comments" aria-labelledby="comments-heading">
      <h3 id="comments-heading" className="inspector__label">
        <MessageSquare size={14} aria-hidden="true" /> {t("comments.title")}
      </h3>
      {open.map((thread) => (
        <Thread key={thread.first.id} journeyId={journey.id} {...thread} />
      ))}
      <Composer
        label={t("comments.new")}
        action={t("comments.add")}
        onSubmit={(text) => addCardComment(journey.id, element.id, text) !== null}
      />
      {resolved.length ? (
        <>
          <Button size="sm" variant="ghost" onClick={() => setShowResolved(!showResolved)}>
            {showResolved
              ? t("comments.hideResolved")
              : t("comments.showResolved", { count: resolved.length })}
          </Button>
          {showResolved
            ? resolved.map((thread) => (
                <Thread key={thread.first.id} journeyId={journey.id} {...thread} />
              ))
            : null}
        </>
      ) : null}
    </section>
  );
}

function Thread({
  journeyId,
  first,
  replies,
}: {
  journeyId: string;
  first: CardComment;
  replies: CardComment[];
}) {
  const t = useT();
  const [replying, setReplying] = useState(false);
  return (
    <article
      className={first.resolved ? "comment-thread comment-thread--resolved" : "comment-thread"}
      aria-label={t("comments.thread", { author: authorOf(t, first) })}
    >
      <Comment journeyId={journeyId} comment={first} />
      {replies.map((reply) => (
        <Comment key={reply.id} journeyId={journeyId} comment={reply} reply />
      ))}
      <div className="comment-thread__actions">
        {first.resolved ? (
          <Button
            size="sm"
            icon={<RotateCcw />}
            onClick={() => resolveCommentThread(journeyId, first.id, false)}
          >
            {t("comments.reopen")}
          </Button>
        ) : (
          <>
            <Button size="sm" onClick={() => setReplying(!replying)} aria-expanded={replying}>
              {t("comments.reply")}
            </Button>
            <Button
              size="sm"
              icon={<Check />}
              onClick={() => resolveCommentThread(journeyId, first.id, true)}
            >
              {t("comments.resolve")}
            </Button>
          </>
        )}
      </div>
      {replying && !first.resolved ? (
        <Composer
          label={t("comments.replyLabel")}
          action={t("comments.reply")}
          autoFocus
          onSubmit={(text) => {
            const added = addCardComment(journeyId, first.elementId, text, first.id) !== null;
            if (added) setReplying(false);
            return added;
          }}
          onCancel={() => setReplying(false)}
        />
      ) : null}
    </article>
  );
}

type Translate = ReturnType<typeof useT>;
const authorOf = (t: Translate, comment: CardComment) =>
  isOwnComment(comment) ? t("comments.you") : comment.author.trim() || t("comments.someone");

function Comment({
  journeyId,
  comment,
  reply = false,
}: {
  journeyId: string;
  comment: CardComment;
  reply?: boolean;
}) {
  const t = useT();
  const own = isOwnComment(comment);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  return (
    <div className={reply ? "comment comment--reply" : "comment"}>
      <p className="comment__meta">
        <strong className="comment__author">{authorOf(t, comment)}</strong>
        <span className="comment__time">
          {absoluteTime(comment.at, getLocale())}
          {comment.editedAt !== null ? ` · ${t("comments.edited")}` : ""}
        </span>
      </p>
      {editing ? (
        <Composer
          label={t("comments.editLabel")}
          action={t("comments.save")}
          initial={comment.text}
          autoFocus
          onSubmit={(text) => {
            // Unchanged text closes the editor; a refused edit (a locked map) keeps it open.
            const edited =
              text.trim() === comment.text || editCardComment(journeyId, comment.id, text);
            if (edited) setEditing(false);
            return edited;
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <p className="comment__text" dir="auto">
          {comment.text}
        </p>
      )}
      {own && !editing ? (
        <div className="comment__own">
          <Button size="sm" variant="ghost" onClick={() => setEditing(true)}>
            {t("comments.edit")}
          </Button>
          <Button
            size="sm"
            variant="ghost"
            onClick={() => {
              if (!confirming) return setConfirming(true);
              deleteCardComment(journeyId, comment.id);
            }}
            onBlur={() => setConfirming(false)}
          >
            {confirming
              ? reply
                ? t("comments.confirmDelete")
                : t("comments.confirmDeleteThread")
              : t("comments.delete")}
          </Button>
        </div>
      ) : null}
    </div>
  );
}

/** A box to write a comment: Ctrl+Enter (or the button) sends it, Escape leaves it. */
function Composer({
  label,
  action,
  initial = "",
  autoFocus = false,
  onSubmit,
  onCancel,
}: {
  label: string;
  action: string;
  initial?: string;
  autoFocus?: boolean;
  onSubmit: (text: string) => boolean;
  onCancel?: () => void;
}) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState(initial);
  const send = () => {
    if (text.trim() && onSubmit(text)) setText("");
  };
  return (
    <div className="comment-composer">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <textarea
        id={id}
        className="wm-input comment-composer__text"
        rows={2}
        dir="auto"
        maxLength={LIMITS.longText}
        placeholder={label}
        value={text}
        // A reply or an edit opens where the person asked for it.
        autoFocus={autoFocus}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          event.stopPropagation();
          if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            send();
          } else if (event.key === "Escape" && onCancel) {
            event.preventDefault();
            onCancel();
          }
        }}
      />
      <div className="comment-composer__actions">
        {onCancel ? (
          <Button size="sm" variant="ghost" onClick={onCancel}>
            {t("comments.cancel")}
          </Button>
        ) : null}
        <Button size="sm" variant="primary" disabled={!text.trim()} onClick={send}>
          {action}
        </Button>
      </div>
    </div>
  );
}
