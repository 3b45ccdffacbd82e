import { RoomPresence } from "./RoomPresence";
import {
  Background,
  BackgroundVariant,
  ReactFlow,
  useKeyPress,
  useStoreApi,
  type EdgeChange,
  type NodeChange,
  type Viewport,
  type XYPosition,
} from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import {
  startTransition,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type MouseEvent as ReactMouseEvent,
} from "react";
import { cellKey, dropTarget, hitTestCell, layoutJourney, type Id, type Journey } from "../domain";
import { directionOf, useLocale, useT } from "../i18n";
import {
  editorStore,
  moveCards,
  openComposer,
  reorderLane,
  reorderStage,
  rememberViewport,
  requestInspectorFocus,
  requestMapFocus,
  selectCards,
  selectCell,
  selectLinks,
  clearSelection,
  sessionStore,
  takeOpenAtFocus,
  useEditor,
  type FocusTarget,
} from "../store";
import { focusTargetRect } from "./focus-target";
import { setDropTarget } from "./drag-state";
import { useRevealFocus } from "./use-reveal-focus";
import { useFocusFollow } from "./use-focus-follow";
import { useRevealMatch } from "./filter/use-reveal-match";
import { useMapKeyboard } from "./use-map-keyboard";
import {
  isCardNode,
  laneNodeId,
  mapJourney,
  NodeCache,
  stageNodeId,
  type LinkEdge,
  type MapNode,
} from "./map-nodes";
import { CARD_NODE_TYPES } from "./nodes/CardNode";
import { CellNode } from "./nodes/CellNode";
import { EmotionCurveNode } from "./nodes/EmotionCurveNode";
import { LaneHeaderNode } from "./nodes/LaneHeaderNode";
import { StageHeaderNode } from "./nodes/StageHeaderNode";
import { LinkEdge as LinkEdgeView } from "./edges/LinkEdge";
import { SelectionOverlay } from "./selection-nodes";
import { CanvasControls } from "./CanvasControls";
import { MapEntry } from "./MapEntry";
import { Overview } from "./Overview";
import { StickyHeaders } from "./StickyHeaders";
import "./sticky-headers.css";
import { ZoomScale } from "./ZoomScale";
import { useFollowLead } from "./use-follow-lead";
import { useStructureRequests } from "./use-structure-requests";
import { centredViewport, openingViewport } from "./viewports";
import { CardBoxesContext } from "./edges/card-boxes";
import { MAX_ZOOM, MIN_ZOOM } from "./use-view-steps";
import { usePaletteDrop } from "./use-palette-drop";
import { useCardConnect } from "./use-card-connect";
import { clientPoint } from "./pointer";
import { useFlow } from "./use-flow";
import { moveInFlow, settleInFlow } from "./drag-in-flow";
import { SameCardBoxes, SameList } from "./keep-identity";
import { labelEdges } from "./edges/edge-labels";

const nodeTypes = {
  ...CARD_NODE_TYPES,
  cell: CellNode,
  stageHeader: StageHeaderNode,
  laneHeader: LaneHeaderNode,
  emotionCurve: EmotionCurveNode,
};
const edgeTypes = { link: LinkEdgeView };

// ReactFlow copies every prop whose identity changes into its store, and each copy runs every
// node's and arrow's selectors: props that need not change per render are module constants.
const PRO_OPTIONS = { hideAttribution: true };
const MULTI_SELECTION_KEYS = ["Shift", "Meta", "Control"];
const ZOOM_KEYS = ["Control", "Meta"];
const onPaneClick = () => clearSelection();

const EMPTY_SET: ReadonlySet<string> = new Set();

export function JourneyCanvas({ journey }: { journey: Journey }) {
  const t = useT();
  const locale = useLocale();
  const direction = directionOf(locale);
  const flow = useFlow();
  const journeyId = journey.id;
  const wrapper = useRef<HTMLDivElement>(null);
  const [cache] = useState(() => new NodeCache());
  const [overlay] = useState(() => new SelectionOverlay());
  const flowStore = useStoreApi<MapNode, LinkEdge>();
  const movedInFlow = useRef(new Set<string>());
  const dragIds = useRef<Id[]>([]);

  const composerCell = useEditor((s) =>
    s.composer ? cellKey(s.composer.cell.stageId, s.composer.cell.laneId) : null,
  );
  const extraSlots = useMemo(
    () => (composerCell ? new Map([[composerCell, 1]]) : undefined),
    [composerCell],
  );
  const layout = useMemo(
    () => layoutJourney(journey, { extraSlots, direction }),
    [journey, extraSlots, direction],
  );

  const [sameBoxes] = useState(() => new SameCardBoxes());
  const [sameEdges] = useState(() => new SameList<LinkEdge>());
  // Arrows' hit areas wait for the map's first paint (see LinkEdge): nothing can click them sooner.
  const [painted, setPainted] = useState(false);
  const cardBoxes = useMemo(
    () => (painted ? sameBoxes.index(layout.cards) : null),
    [painted, sameBoxes, layout],
  );

  const base = useMemo(() => mapJourney(journey, layout, cache), [journey, layout, cache]);
  const baseEdges = useMemo(
    () => sameEdges.keep(labelEdges(base.edges, journey.elements, t, locale)),
    [sameEdges, base.edges, journey.elements, t, locale],
  );

  const selectedCards = useEditor((s) => s.selectedCards);
  const selectedLinks = useEditor((s) => s.selectedLinks);
  const selectedCardSet = useMemo(
    () => (selectedCards.length ? new Set(selectedCards) : EMPTY_SET),
    [selectedCards],
  );
  const selectedLinkSet = useMemo(
    () => (selectedLinks.length ? new Set(selectedLinks) : EMPTY_SET),
    [selectedLinks],
  );
  const nodes = useMemo(
    () => overlay.nodes(base.nodes, selectedCardSet),
    [overlay, base.nodes, selectedCardSet],
  );
  const edges = useMemo(
    () => overlay.edges(baseEdges, selectedLinkSet),
    [overlay, baseEdges, selectedLinkSet],
  );

  useFocusFollow(journey, layout, wrapper);
  useRevealFocus(wrapper);
  useRevealMatch(layout, wrapper);
  useStructureRequests(journey, layout, wrapper);
  useFollowLead(journey.id, layout, wrapper);
  const onKeyDown = useMapKeyboard(journey, layout, wrapper);
  const spaceHeld = useKeyPress("Space");

  const pointerCell = useCallback(
    (clientX: number, clientY: number) => {
      const point = flow.screenToFlowPosition({ x: clientX, y: clientY });
      return hitTestCell(layout, point.x, point.y);
    },
    [flow, layout],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange<MapNode>[]) => {
      const moved: [string, XYPosition][] = [];
      const select = new Set(editorStore.getState().selectedCards);
      let selectionChanged = false;
      for (const change of changes) {
        if (change.type === "position" && change.position && change.dragging) {
          moved.push([change.id, change.position]);
        } else if (change.type === "select" && !change.id.includes(":")) {
          selectionChanged = true;
          if (change.selected) select.add(change.id);
          else select.delete(change.id);
        }
      }
      if (moved.length) {
        for (const [id] of moved) movedInFlow.current.add(id);
        moveInFlow(flowStore, moved);
      }
      if (selectionChanged) selectCards([...select]);
    },
    [flowStore],
  );

  const onEdgesChange = useCallback((changes: EdgeChange<LinkEdge>[]) => {
    const select = new Set(editorStore.getState().selectedLinks);
    let changed = false;
    for (const change of changes) {
      if (change.type !== "select") continue;
      changed = true;
      if (change.selected) select.add(change.id);
      else select.delete(change.id);
    }
    if (changed) selectLinks([...select], { additive: true });
  }, []);

  const onNodeDragStart = useCallback(
    (_event: MouseEvent | TouchEvent, node: MapNode, draggedNodes: MapNode[]) => {
      dragIds.current = isCardNode(node)
        ? draggedNodes.filter(isCardNode).map((n) => n.id)
        : [node.id];
    },
    [],
  );

  const onNodeDrag = useCallback(
    (event: MouseEvent | TouchEvent, node: MapNode) => {
      const point = clientPoint(event);
      if (isCardNode(node) && point) setDropTarget(pointerCell(point.x, point.y));
    },
    [pointerCell],
  );

  const onNodeDragStop = useCallback(
    (event: MouseEvent | TouchEvent, node: MapNode) => {
      const ids = dragIds.current;
      dragIds.current = [];
      setDropTarget(null);
      settleInFlow(flowStore, movedInFlow.current);
      movedInFlow.current = new Set();
      if (isCardNode(node)) {
        const point = clientPoint(event);
        const target = point ? pointerCell(point.x, point.y) : null;
        // One store action for the whole drag: one undo step, one save, nothing written mid-drag.
        const moving = ids.length ? ids : [node.id];
        if (target) moveCards(journeyId, moving, dropTarget(journey, moving, target));
        return;
      }
      if (node.type === "stageHeader") {
        const centre = node.position.x + (node.width ?? 0) / 2;
        const index = layout.stages.findIndex((s) => centre < s.x + s.width);
        const stageId = node.id.slice("stage:".length);
        reorderStage(journeyId, stageId, index < 0 ? layout.stages.length - 1 : index);
      } else if (node.type === "laneHeader") {
        const centre = node.position.y + (node.height ?? 0) / 2;
        const index = layout.lanes.findIndex((l) => centre < l.y + l.height);
        const laneId = node.id.slice("lane:".length);
        reorderLane(journeyId, laneId, index < 0 ? layout.lanes.length - 1 : index);
      }
    },
    [journey, journeyId, layout, pointerCell, flowStore],
  );

  const onNodeClick = useCallback((event: ReactMouseEvent, node: MapNode) => {
    if (node.type === "cell") {
      selectCell({ stageId: node.data.stage.id, laneId: node.data.lane.id });
    } else if (isCardNode(node) && !(event.shiftKey || event.metaKey || event.ctrlKey)) {
      selectCards([node.id]);
    }
  }, []);

  const onNodeDoubleClick = useCallback((_event: ReactMouseEvent, node: MapNode) => {
    if (node.type === "cell")
      openComposer({ stageId: node.data.stage.id, laneId: node.data.lane.id });
    else if (isCardNode(node)) {
      selectCards([node.id]);
      requestInspectorFocus();
    }
  }, []);

  const { onConnect, onConnectEnd } = useCardConnect(journeyId);
  const { onDragOver, onDrop } = usePaletteDrop(journeyId, pointerCell);

  // The first view is worked out from the canvas's own size before React Flow renders, so it
  // opens on the right view without a flash: where the person left it, or fitted.
  const [initialViewport, setInitialViewport] = useState<Viewport | null>(null);
  const openedAtFocus = useRef(false);
  const openAt = useRef<FocusTarget | undefined>(undefined);
  useLayoutEffect(() => {
    const element = wrapper.current;
    if (!element || initialViewport) return;
    const saved = sessionStore.getState().viewports[journeyId];
    const rect = element.getBoundingClientRect();
    // Asked once: StrictMode runs this twice in development, and the request is used up.
    if (openAt.current === undefined) openAt.current = takeOpenAtFocus();
    const shown = openAt.current;
    const place = shown ? focusTargetRect(layout, shown) : null;
    openedAtFocus.current = place !== null;
    setInitialViewport(
      place
        ? centredViewport(place, rect.width, rect.height)
        : (saved ?? openingViewport(layout, rect.width, rect.height)),
    );
  }, [initialViewport, journeyId, layout]);

  const onMoveEnd = useCallback(
    (_event: unknown, viewport: Viewport) => rememberViewport(journeyId, viewport),
    [journeyId],
  );
  const ariaLabelConfig = useMemo(
    () => ({
      "node.a11yDescription.default": t("canvas.a11y.node"),
      "node.a11yDescription.keyboardDisabled": t("canvas.a11y.node"),
      "edge.a11yDescription.default": t("canvas.a11y.edge"),
      "minimap.ariaLabel": t("canvas.minimap"),
    }),
    [t],
  );

  const ready = initialViewport !== null;
  // Leaving the map (presenting, another view) keeps the view as it is now: React Flow says a
  // move ended a tick after its animation does, and a click at that moment would otherwise
  // come back to the view before it.
  useEffect(() => {
    if (!ready) return;
    return () => rememberViewport(journeyId, flow.getViewport());
  }, [ready, journeyId, flow]);

  useEffect(() => {
    // Opened on a card (from the table): the keyboard goes to it, as it would after a click.
    if (ready && openedAtFocus.current) requestMapFocus();
  }, [ready]);
  useEffect(() => {
    if (!ready) return;
    // Two frames after the map mounts, it has been painted: what the benchmark calls interactive.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        performance.mark("waymark:canvas-ready", { detail: { journeyId } });
        // A render React may break off: a big map's hit areas never hold up a first click.
        startTransition(() => setPainted(true));
      });
    });
    return () => cancelAnimationFrame(frame);
  }, [ready, journeyId]);

  return (
    <div
      ref={wrapper}
      className="journey-canvas"
      data-direction={direction}
      data-hand-mode={spaceHeld || undefined}
      onKeyDown={onKeyDown}
      onDragOver={onDragOver}
      onDrop={onDrop}
      onDragLeave={(event) => {
        if (!wrapper.current?.contains(event.relatedTarget as Node | null)) setDropTarget(null);
      }}
    >
      <MapEntry journey={journey} wrapper={wrapper} />
      {initialViewport ? (
        <CardBoxesContext.Provider value={cardBoxes}>
          <ReactFlow<MapNode, LinkEdge>
            nodes={nodes}
            edges={edges}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            onNodesChange={onNodesChange}
            onEdgesChange={onEdgesChange}
            onNodeDragStart={onNodeDragStart}
            onNodeDrag={onNodeDrag}
            onNodeDragStop={onNodeDragStop}
            onNodeClick={onNodeClick}
            onNodeDoubleClick={onNodeDoubleClick}
            onPaneClick={onPaneClick}
            onConnect={onConnect}
            onConnectEnd={onConnectEnd}
            onMoveEnd={onMoveEnd}
            defaultViewport={initialViewport}
            minZoom={MIN_ZOOM}
            maxZoom={MAX_ZOOM}
            onlyRenderVisibleElements
            nodesFocusable={false}
            edgesFocusable
            disableKeyboardA11y
            deleteKeyCode={null}
            selectionKeyCode="Shift"
            multiSelectionKeyCode={MULTI_SELECTION_KEYS}
            panActivationKeyCode="Space"
            // Holding Space is "hand mode" (Figma, Miro): a drag that starts on a card pans too.
            nodesDraggable={!spaceHeld}
            panOnScroll
            zoomActivationKeyCode={ZOOM_KEYS}
            zoomOnDoubleClick={false}
            nodeDragThreshold={3}
            elevateNodesOnSelect
            proOptions={PRO_OPTIONS}
            ariaLabelConfig={ariaLabelConfig}
          >
            <Background variant={BackgroundVariant.Dots} gap={24} size={1.2} />
            <Overview journey={journey} layout={layout} />
            <StickyHeaders journey={journey} layout={layout} />
            <ZoomScale />
            <CanvasControls journey={journey} layout={layout} />
            <RoomPresence journeyId={journey.id} />
          </ReactFlow>
        </CardBoxesContext.Provider>
      ) : null}
      <p id="map-instructions" className="visually-hidden">
        {t("canvas.instructions")}
      </p>
    </div>
  );
}

export { laneNodeId, stageNodeId };
