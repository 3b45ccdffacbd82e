import type { Message } from "../catalogue";

/** The shell, navigation, storage and errors; the domain's vocabulary (kinds, lanes, channels). */
export const coreEn = {
  "app.name": "Waymark",
  "app.tagline": "Customer journey maps",
  "app.skipToContent": "Skip to content",
  "app.mainLandmark": "Workspace",
  "app.toolbar": "Journey toolbar",
  "app.loading": "Opening your workspace…",

  "kind.touchpoint": "Touchpoint",
  "kind.channel": "Channel",
  "kind.frictionPoint": "Friction point",
  "kind.momentOfDelight": "Moment of delight",
  "kind.customerAction": "Customer action",
  "kind.thought": "Thought or feeling",
  "kind.opportunity": "Opportunity",
  "kind.note": "Note",

  "lane.actions": "Customer actions",
  "lane.touchpoints": "Touchpoints",
  "lane.channels": "Channels",
  "lane.thoughts": "Thoughts and feelings",
  "lane.emotionCurve": "Emotion curve",
  "lane.frictionPoints": "Friction points",
  "lane.momentsOfDelight": "Moments of delight",
  "lane.opportunities": "Opportunities",
  "lane.backstage": "Backstage",
  "lane.custom": "Custom lane",

  "stage.awareness": "Awareness",
  "stage.consideration": "Consideration",
  "stage.purchase": "Purchase",
  "stage.onboarding": "Onboarding and use",
  "stage.support": "Support",
  "stage.loyalty": "Loyalty and advocacy",

  "channel.web": "Web",
  "channel.mobileApp": "Mobile app",
  "channel.email": "Email",
  "channel.phone": "Phone or call centre",
  "channel.chat": "Chat or chatbot",
  "channel.socialMedia": "Social media",
  "channel.physicalStore": "Physical store",
  "channel.advertising": "Advertising",
  "channel.wordOfMouth": "Word of mouth",

  "department.marketing": "Marketing",
  "department.sales": "Sales",
  "department.product": "Product",
  "department.customerService": "Customer service",

  "severity.low": "Low",
  "severity.medium": "Medium",
  "severity.high": "High",

  "confidence.assumed": "Assumed",
  "confidence.partlyBacked": "Partly backed",
  "confidence.validated": "Validated",

  "linkKind.flow": "Flow",
  "linkKind.relates": "Relates to",
  "linkKind.causes": "Causes",

  "satisfaction.1": "Very unhappy",
  "satisfaction.2": "Unhappy",
  "satisfaction.3": "Neutral",
  "satisfaction.4": "Happy",
  "satisfaction.5": "Very happy",

  "journeyState.current": "Current state",
  "journeyState.future": "Future state",

  "persona.recoveredName": "Recovered persona",

  "nav.workspace": "Workspace",
  "nav.breadcrumbs": "You are here",
  "notice.dismiss": "Dismiss",
  "notice.undo": "Undo",
  "dialog.close": "Close",
  "dialog.cancel": "Cancel",

  "home.title": "Personas and journeys",
  "persona.untitled": "Unnamed persona",
  "persona.journeys": "Journeys",
  "journey.untitled": "Untitled journey",
  "journey.canvas": "Journey map",

  "notFound.title": "Nothing here",
  "notFound.body":
    "This persona or journey does not exist in this workspace. It may have been deleted, or the link came from another browser.",
  "notFound.home": "Go to the workspace",

  "toolbar.undo": "Undo",
  "toolbar.redo": "Redo",

  "menu.label": "Main menu",
  "menu.import": "Import a Waymark file…",
  "menu.exportJourney": "Export this journey as a file",
  "menu.exportWorkspace": "Export the workspace as a file",
  "menu.theme": "Theme",
  "menu.language": "Language",
  "theme.system": "Follow the system",
  "theme.light": "Light",
  "theme.dark": "Dark",
  "theme.projector": "Projector (high contrast)",

  "save.loading": "Opening…",
  "save.saved": "Saved",
  "save.pending": "Unsaved changes",
  "save.saving": "Saving…",
  "save.failed": "Not saved",
  "save.memoryOnly": "Not stored: this tab only",

  "storage.unavailable":
    "Waymark cannot store anything in this browser ({detail}). Your work lives only in this tab until you download it: download a backup before you close it.",
  "storage.quotaExceeded":
    "This browser's storage is full, so your latest changes are not saved. They are safe in this tab for now: download a backup, then free some space.",
  "storage.newerVersion":
    "A newer version of Waymark opened in another tab, so this tab stopped saving to keep your data intact. Download a backup of your latest changes, then reload.",
  "storage.olderVersion":
    "Waymark is waiting for another tab with an older version of Waymark to close, so it can update your stored work safely. Close or reload that tab and this one opens by itself.",
  "storage.writeFailed":
    "Your latest changes could not be saved ({detail}). They are kept in this tab and Waymark keeps trying.",
  "storage.quarantined": {
    one: "One damaged item was set aside so the rest of your work could open.",
    other: "{count} damaged items were set aside so the rest of your work could open.",
  },
  "storage.quarantined.persona": "Persona “{label}”",
  "storage.quarantined.journey": "Journey “{label}”",
  "storage.quarantined.card": "Card “{label}”",
  "storage.quarantined.link": "An arrow between cards",
  "storage.quarantined.stage": "Stage “{label}”",
  "storage.quarantined.lane": "Lane “{label}”",
  "storage.quarantined.vote": "A vote on a card",
  "storage.quarantined.comment": "A comment on a card",
  "storage.quarantined.action": "An action of the plan",
  "storage.quarantined.target": "A target of the journey",
  "storage.quarantined.metric": "Metric “{label}”",
  "storage.quarantined.round": "A voting round",
  "storage.quarantined.update": "A change that could not be read",
  "storage.quarantined.unnamed": "without a name",
  "storage.quarantined.download": "Download it",
  "storage.quarantined.discard": "Discard",
  "storage.recreated":
    "This browser's stored Waymark data was deleted while the app was open. Everything this tab held has been stored again; journeys that were not open here could not be recovered from this tab.",
  "storage.backupReminder":
    "This browser may clear stored work when space runs low, and you have not downloaded a backup this week.",
  "storage.persistent": "Storage: kept by the browser",
  "storage.notPersistent": "Storage: may be cleared by the browser",
  "storage.unknown": "Storage: status unknown",

  "import.done": {
    one: "Imported one journey.",
    other: "Imported {count} journeys.",
  },
  // Said after "import.done" when the file held journeys that are already in the workspace.
  "import.copies": {
    one: "One was already here, so it came in as a copy.",
    other: "{count} were already here, so they came in as copies.",
  },
  // Not just "Undo": the toolbar's Undo is on the same page, and a screen reader lists both.
  "import.undo": "Undo import",
  "import.undone": "Import undone.",
  "import.keptEdited": {
    one: "One journey changed since the import was kept.",
    other: "{count} journeys changed since the import were kept.",
  },
  "import.error.title": "Could not import “{file}”.",
  "import.error.tooLarge": "It is {size}, and Waymark opens files up to {limit}.",
  "import.error.unreadable": "It could not be read as text.",
  "import.error.notWaymark": "It is not a Waymark file.",
  "import.error.empty": "It is empty.",
  "import.error.incomplete":
    "It starts like a Waymark file but is cut short or damaged, perhaps by a download or copy that did not finish. Try exporting or downloading it again.",
  "import.error.newerVersion":
    "It was made by a newer version of Waymark (format {version}; this one opens up to format {supported}). Update Waymark to open it.",
  "import.error.damaged": "It is damaged: {problem}.",
  "import.error.nothingChanged": "Nothing in your workspace was changed.",

  "offline.ready": "Works offline: everything is on this device",
  "offline.updateAvailable":
    "Update available: a new version of Waymark is ready. Your work is saved first, then the page reloads.",
  "offline.updatedElsewhere":
    "Waymark was updated in another tab. Reload this one when you are ready: your work is saved first.",
  "offline.updateBlocked":
    "Your latest changes could not be stored in this browser, so reloading now would lose them. Download a backup first.",
  "offline.reload": "Update and reload",
  "offline.reloadAnyway": "Reload anyway",

  "error.title": "Something went wrong",
  "error.explanation":
    "Waymark hit an unexpected problem and stopped this view so nothing gets damaged. Your work saved so far is safe in this browser.",
  "error.updatedMeanwhile":
    "Waymark was updated while this tab was open, and this view belongs to the old version. Reload to carry on with the new one: your work saved so far is safe in this browser.",
  "error.details": "What failed: {message}",
  "error.downloadBackup": "Download a backup",
  "error.reload": "Reload",
  "error.backupFailed": "The backup could not be made: {message}",
  "command.palette": "Find a command",
  "snapshot.keepFailed":
    "A snapshot could not be kept (storage refused it); the change went ahead, and undo can still take it back.",
} as const satisfies Record<string, Message>;
