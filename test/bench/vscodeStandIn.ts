/**
 * A stand-in for the `vscode` module, enough for the extension's bundle to evaluate and for
 * `activate()` to run in a plain Node process: the activation bench times Seedmark's own work,
 * which is what its 50 ms target covers. Every API call answers at once with an inert object (a
 * callable, constructible proxy that is also a disposable, an event and an empty list), so
 * registering with the real host's remote procedure calls costs a little more than measured here.
 * Settings answer with the default the caller gives; `l10n.t` returns the English message.
 */
export function createVscodeStandIn(): Record<string, unknown> {
  return inert({
    ExtensionMode: { Production: 1, Development: 2, Test: 3 },
    l10n: { t: (message: string | { message: string }) => (typeof message === 'string' ? message : message.message), bundle: undefined, uri: undefined },
    workspace: inert({ getConfiguration: () => inert({ get: (_key: string, fallback: unknown) => fallback }), workspaceFolders: undefined, textDocuments: [], isTrusted: true }),
    window: inert({ visibleTextEditors: [], activeTextEditor: undefined, tabGroups: inert({ all: [] }) }),
    env: inert({ uiKind: 1, language: 'en', remoteName: undefined }),
  });
}

/** An extension context as the host passes it to an installed extension (ExtensionMode.Production). */
export function createExtensionContextStandIn(): { subscriptions: Array<{ dispose(): unknown }> } & Record<string, unknown> {
  return inert({ subscriptions: [], extensionMode: 1, globalState: inert({ get: (_key: string, fallback: unknown) => fallback }), workspaceState: inert({ get: (_key: string, fallback: unknown) => fallback }) });
}

/**
 * `known` as given; any other property an inert proxy. The fallback is the prototype rather than
 * a proxy around `known`, because the bundle's `import * as vscode` copies the module's own
 * properties into a new object with the same prototype: the copy then falls back the same way.
 */
function inert<T extends object>(known: T): T {
  return Object.assign<object, T>(Object.create(FALLBACK) as object, known);
}

const FALLBACK: object = new Proxy({}, { get: (_target, key) => anything(key) });

/** A fresh inert value: callable, constructible, and keeping what is assigned to it (a status bar item's text). */
function inertValue(): unknown {
  const own = new Map<PropertyKey, unknown>();
  return new Proxy(function inert() {}, {
    get: (_target, key) => (own.has(key) ? own.get(key) : anything(key)),
    set: (_target, key, value) => own.set(key, value) !== undefined,
    defineProperty: (_target, key, descriptor) => own.set(key, descriptor.value) !== undefined,
    apply: () => inertValue(),
    construct: () => inertValue() as object,
  });
}

function anything(key: PropertyKey): unknown {
  // What makes an inert value a string in a template, an empty list, a non-promise and a number.
  if (key === Symbol.toPrimitive) return () => '';
  if (key === Symbol.iterator) return function* empty() {};
  if (key === 'then') return undefined;
  if (key === 'length' || key === 'size') return 0;
  return inertValue();
}
