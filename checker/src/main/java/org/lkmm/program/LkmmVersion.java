package org.lkmm.program;

/**
 * herd7's LKMMVersion variant, which changes its C semantics of the kernel's RMWs: v1, the
 * default, wraps a fully ordered RMW in two mb fences and gives its accesses once, acquire or
 * release; v2 (variant lkmmv2, the kernel's model since v6.15) gives the accesses the macro's
 * own annotation (MB, ACQUIRE ...) and adds no fences.
 */
public enum LkmmVersion {
    V1,
    V2;

    /** The version a model's variants ask for (linux-kernel.cfg's variant line, -variant). */
    public static LkmmVersion of(java.util.Collection<String> variants) {
        return variants.contains("lkmmv2") ? V2 : V1;
    }
}
