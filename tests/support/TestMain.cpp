// SPDX-License-Identifier: GPL-3.0-or-later
// The Catch2 main of every test executable: a Qt application object of the kind the suite
// needs, test-mode standard paths and a private settings folder, so tests never touch the
// user's files. The UI suite sets QT_QPA_PLATFORM=offscreen itself when unset: ctest's test
// discovery runs the binary at build time, where no display exists.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "i18n/Language.h"

#include <QStandardPaths>
#include <QTemporaryDir>

#ifdef SERVICELENS_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char **argv)
{
#ifdef SERVICELENS_TEST_GUI
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    QTemporaryDir home;
    // A home of its own per test process: test-mode paths (~/.qttest) are not shared between
    // tests running in parallel, nor with another checkout's tests on the same machine.
    qputenv("HOME", home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/config")).toUtf8());
    qputenv("XDG_DATA_HOME", (home.path() + QStringLiteral("/data")).toUtf8());
    qputenv("LANGUAGE", "en");
    QStandardPaths::setTestModeEnabled(true);
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("ServiceLensTests"));
    TestApplication::setApplicationName(QStringLiteral("ServiceLensTests"));
    // The tests read English, with its plural forms, whatever the machine's language.
    servicelens::i18n::Language::setPreferred(QStringLiteral("en"));
    servicelens::i18n::Language::install(app);
    return Catch::Session().run(argc, argv);
}
