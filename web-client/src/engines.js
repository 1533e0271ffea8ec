// Perspective's two WebAssembly engines, loaded once per page: the viewer's
// (which carries the client) and the table engine that in-browser tables run on.
import perspective from "@perspective-dev/client";
import perspectiveViewer from "@perspective-dev/viewer";
import "@perspective-dev/viewer-datagrid";
import SERVER_WASM from "@perspective-dev/server/dist/wasm/perspective-server.wasm";
import VIEWER_WASM from "@perspective-dev/viewer/dist/wasm/perspective-viewer.wasm";

// The engines sit next to this bundle, wherever the page that loads it lives.
const beside = (file) => () => fetch(new URL(file, import.meta.url));

let viewerReady;
let localClient;

/** Resolves once `<perspective-viewer>` is defined and Perspective's client can be made. */
export function ready() {
    if (!viewerReady) {
        // A thunk: the table engine is fetched only when a page makes a local table.
        perspective.init_server(beside(SERVER_WASM));
        viewerReady = perspectiveViewer.init_client(beside(VIEWER_WASM)());
    }
    return viewerReady;
}

/** Perspective's `Client` class, of the viewer's engine, so `viewer.load` takes its tables as they are. */
export async function clientClass() {
    await ready();
    return customElements.get("perspective-viewer").__wasm_module__.Client;
}

/** The page's in-browser engine (a Web Worker): where replicas and client-only tables live. */
export async function local() {
    await ready();
    localClient ??= perspective.worker();
    return localClient;
}

export { perspective };
