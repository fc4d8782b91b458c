package org.lkmm.cli;

import picocli.CommandLine.IVersionProvider;

final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"lkmm " + (v == null ? "0.1.0-SNAPSHOT" : v) + " (built-in LKMM of Linux 6.1, 6.12 and mainline, the default; other models read from their files)"};
    }
}
