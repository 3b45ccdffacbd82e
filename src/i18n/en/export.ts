import type { Message } from "../catalogue";

/** Texts of the export area. */
export const exportEn = {
  "export.button": "Export",
  "export.buttonHint": "Export an image, a slide deck or a CSV of this journey",
  "export.title": "Export",
  "export.close": "Close",

  "export.format": "Format",
  "export.format.png": "PNG",
  "export.format.jpeg": "JPEG",
  "export.format.svg": "SVG",
  "export.size": "Size",
  "export.size.slide1080": "1920 × 1080",
  "export.size.slide2160": "3840 × 2160",
  "export.size.fit": "Fitted to content",
  "export.scope": "Scope",
  "export.scope.journey": "Whole journey",
  "export.scope.stage": "One stage",
  "export.scope.eachStage": "Every stage as its own image",
  "export.stage": "Stage",
  "export.background": "Background",
  "export.background.white": "White",
  "export.background.transparent": "Transparent",
  "export.background.dark": "Dark (projector)",
  "export.background.jpegHint": "JPEG has no transparency: choose white or dark.",
  "export.include": "Include",
  "export.personaHeader": "Persona header",
  "export.personaHeader.none": "This journey has no persona to show.",
  "export.legend": "Legend of kinds",
  "export.emotionCurve": "Emotion curve",
  "export.comments": "Comment counts on cards",

  "export.preview": "Preview",
  "export.preview.alt": "Preview of the exported image",
  "export.preview.outlines": {
    one: "One card: shown here as a plain box, in full in the file",
    other: "{count} cards: shown here as plain boxes, in full in the file",
  },
  "export.preview.firstOf": {
    one: "One image, one stage.",
    other: "Showing the first of {count} images, one per stage.",
  },
  "export.preview.pixels": "{width} × {height} pixels",
  "export.preview.vector": "Vector image, {width} × {height}",

  // No-break spaces keep "1280 × 800" and "3840 × 2160" on one line.
  "export.unreadable.slide":
    "Shown on a 1280\u00a0×\u00a0800 projector, card titles would be {px}\u00a0px tall: too small to read.",
  "export.unreadable.fit":
    "The pixel cap leaves card titles {px}\u00a0px tall in this image: too few to read.",
  "export.unreadable.sharper":
    "3840\u00a0×\u00a02160 is sharper, not larger: it helps only people who zoom into the image.",
  "export.unreadable.use4k": "3840\u00a0×\u00a02160, to zoom into",
  "export.unreadable.overview":
    "Fine as an overview; for cards people can read, add one image per stage (titles {px}\u00a0px).",
  "export.unreadable.tooFull": {
    one: "One stage holds more cards than a slide can show at a readable size: to hand it over as a file people zoom into, fit the image to its content.",
    other:
      "{count} stages hold more cards than a slide can show at a readable size: to hand them over as files people zoom into, fit the images to their content.",
  },
  "export.unreadable.stageTooFull":
    "This stage holds more cards than a slide can show at a readable size: to hand it over as a file people zoom into, fit the image to its content.",
  "export.unreadable.perStage": "One image per stage",
  "export.unreadable.useFit": "Fit to content",
  "export.capped":
    "At {requested}× this image would need {wanted} million pixels, more than some browsers can draw ({limit} million), so it is drawn at {ratio}×.",

  "export.copy": "Copy to clipboard",
  "export.copyHint": "Copies a PNG of the image as set above",
  "export.copy.eachStage": "Choose the whole journey or one stage to copy an image.",
  "export.download": "Download",
  "export.downloadDeck": "Download slide deck (.pptx)",
  "export.downloadCsv": "Download CSV",
  "export.otherFormats": "Slides and spreadsheets",

  "export.progress": "Exporting",
  "export.progress.fonts": "Preparing fonts…",
  "export.progress.image": "Drawing image {number} of {count}…",
  "export.progress.deck": "Building the slide deck…",
  "export.progress.csv": "Writing the CSV…",
  "export.cancel": "Cancel",

  "export.done.images": {
    one: "Downloaded the image.",
    other: "Downloaded {count} images.",
  },
  "export.done.deck": "Downloaded the slide deck.",
  "export.done.csv": "Downloaded the CSV.",
  "export.copied": "Copied the image to the clipboard.",
  "export.copy.unsupported":
    "This browser does not let web pages put images on the clipboard. Download the PNG instead.",
  "export.copy.denied":
    "The browser did not allow copying the image. Download the PNG instead, or allow clipboard access for this site.",
  "export.cancelled": "Export cancelled.",
  "export.failed":
    "The export failed. Try again; if it fails again, try another format or a smaller size.",
  "export.error.noCanvas":
    "The export failed: this browser could not create a canvas to draw the image. SVG needs none.",
  "export.error.drawFailed":
    "The export failed: the browser could not draw the image. Try a smaller size, or SVG.",
  "export.error.encodeFailed":
    "The export failed: the browser could not save the image in this format. Try another format.",
  "export.error.noTextMeasure":
    "The export failed: this browser cannot measure text, which laying out the image needs.",
  "export.error.fontsUnavailable":
    "The export failed: its fonts could not be loaded. Reload the page and try again.",

  "export.fileName.journey": "journey",
  "export.fileName.stage": "stage",

  "export.poster.stageOf": "Stage {number} of {count}",
  "export.poster.goals": "Goals",
  "export.poster.quote": "“{quote}”",
  "export.poster.hiddenCards": {
    one: "One card in this collapsed lane",
    other: "{count} cards in this collapsed lane",
  },
  "export.legend.satisfaction": "Satisfaction",
  "export.legend.painPoints": "Pain points",
  "export.legend.votes": "Votes",

  "export.deck.persona": "Who this journey is for",
  "export.deck.goals": "Goals",
  "export.deck.needs": "Needs",
  "export.deck.frustrations": "Frustrations",
  "export.deck.map": "The whole journey",
  "export.deck.topPainPoints": "Top pain points",
  "export.deck.noPainPoints": "No pain points have been noted on this journey.",
  "export.deck.column.painPoint": "Pain point",
  "export.deck.column.severity": "Severity",
  "export.deck.column.card": "Where",
  "export.deck.column.stage": "Stage",
  "export.deck.column.votes": "Votes",
  "export.onlyMatches": "Only the cards the map's filter finds ({count} of {total})",
  "export.deck.insights": "What the map says",
  "export.deck.satisfactionAxis": "Satisfaction (1–5)",
  "export.deck.stageSatisfaction": "{stage}: {average}",
  "export.deck.plan": "Action plan",
  "export.deck.planPage": "Action plan ({page} of {pages})",
  "export.deck.column.target": "Target",
  "export.deck.notesHeading": "Pain points by stage",
  "export.deck.notesNone": "none noted",
  "export.deck.notesItem": {
    one: "{text} ({severity}; on “{card}”; one vote)",
    other: "{text} ({severity}; on “{card}”; {count} votes)",
  },

  "export.csv.stage": "Stage",
  "export.csv.lane": "Lane",
  "export.csv.kind": "Kind",
  "export.csv.title": "Title",
  "export.csv.satisfaction": "Satisfaction",
  "export.csv.painPoints": "Pain points",
  "export.csv.confidence": "Confidence",
  "export.csv.impact": "Impact",
  "export.csv.effort": "Effort",
  "export.csv.links": "Arrows to",
  "export.csv.link": "{kind}: {title}",
  "export.csv.channel": "Channel",
  "export.csv.owner": "Owner",
  "export.csv.votes": "Votes",
  "export.csv.painPoint": "{text} ({severity})",
} as const satisfies Record<string, Message>;
