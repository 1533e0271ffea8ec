// The bridge carries JSON, so protocol bytes travel as base64url strings.

const native = typeof Uint8Array.fromBase64 === "function";

export function encode(bytes) {
    if (native) {
        return bytes.toBase64({ alphabet: "base64url", omitPadding: true });
    }
    let binary = "";
    for (let i = 0; i < bytes.length; i += 0x8000) {
        binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    }
    return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export function decode(text) {
    if (native) {
        return Uint8Array.fromBase64(text, { alphabet: "base64url" });
    }
    const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) {
        bytes[i] = binary.charCodeAt(i);
    }
    return bytes;
}
