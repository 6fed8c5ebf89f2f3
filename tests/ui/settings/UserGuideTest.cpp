// SPDX-License-Identifier: GPL-3.0-or-later
// Help ▸ User Guide (F1): the guide built into the program, its links followed inside it.
#include "TestSupport.h"

#include "MainWindow.h"
#include "settings/UserGuideDialog.h"

#include <QAction>
#include <QTextBrowser>
#include <QUrl>

using namespace servicelens;

TEST_CASE("Help ▸ User Guide shows the guide offline and follows its links", "[ui][help]")
{
    ui::MainWindow window;
    auto *action = window.findChild<QAction *>(QStringLiteral("userGuideAction"));
    REQUIRE(action);
    CHECK(action->shortcut() == QKeySequence(QKeySequence::HelpContents));

    ui::UserGuideDialog guide;
    auto *text = guide.findChild<QTextBrowser *>(QStringLiteral("guideText"));
    CHECK(text->toPlainText().contains(QStringLiteral("ServiceLens user guide")));
    CHECK(text->toPlainText().contains(QStringLiteral("Find in Workbook")));
    // The guide links to the formats and the figures' definitions: they open in the same window.
    emit text->anchorClicked(QUrl(QStringLiteral("formats.md")));
    CHECK(text->toPlainText().contains(QStringLiteral("survey themes")));
    emit text->anchorClicked(QUrl(QStringLiteral("kpi.md")));
    CHECK(text->toPlainText().contains(QStringLiteral("sla_met_rate")));
    CHECK_FALSE(guide.showDocument(QStringLiteral("missing.md")));
}
