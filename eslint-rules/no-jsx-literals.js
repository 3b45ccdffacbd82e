// Every user-visible string goes through the i18n catalogue, so Polish and Persian can follow
// without a rewrite. This flags words written straight into JSX: text children, and the
// attributes a person reads or hears (aria-label, title, placeholder, alt, label...).
const VISIBLE_ATTRIBUTES = new Set([
  "aria-label",
  "aria-description",
  "aria-roledescription",
  "aria-valuetext",
  "aria-placeholder",
  "title",
  "placeholder",
  "alt",
  "label",
]);

// Letters in any script; digits, punctuation and symbols alone (like "×" or "·") are not words.
const HAS_LETTER = /\p{L}/u;

export default {
  meta: {
    type: "problem",
    docs: { description: "no user-visible string literals in JSX; use t()" },
    schema: [],
    messages: {
      text: "User-visible text '{{text}}' belongs in the i18n catalogue (use t()).",
      attr: "The {{attr}} attribute shows '{{text}}' to people: put it in the i18n catalogue.",
    },
  },
  create(context) {
    function literalOf(value) {
      if (!value) return null;
      if (value.type === "Literal" && typeof value.value === "string") return value.value;
      if (value.type === "JSXExpressionContainer") {
        const e = value.expression;
        if (e.type === "Literal" && typeof e.value === "string") return e.value;
        if (e.type === "TemplateLiteral" && e.expressions.length === 0)
          return e.quasis[0].value.cooked;
      }
      return null;
    }
    return {
      JSXText(node) {
        const text = node.value.trim();
        if (text && HAS_LETTER.test(text))
          context.report({ node, messageId: "text", data: { text } });
      },
      JSXExpressionContainer(node) {
        if (node.parent.type !== "JSXElement" && node.parent.type !== "JSXFragment") return;
        const text = literalOf(node);
        if (text && HAS_LETTER.test(text))
          context.report({ node, messageId: "text", data: { text } });
      },
      JSXAttribute(node) {
        const name = node.name.type === "JSXIdentifier" ? node.name.name : null;
        if (!name || !VISIBLE_ATTRIBUTES.has(name)) return;
        const text = literalOf(node.value);
        if (text && HAS_LETTER.test(text))
          context.report({ node, messageId: "attr", data: { attr: name, text } });
      },
    };
  },
};
