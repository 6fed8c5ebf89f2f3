// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTextBrowser;

namespace servicelens::ui {

// Help ▸ User Guide (F1): the project's guide (docs/user-guide.md, built into the program),
// readable offline, with the file formats and the figures' definitions it links to.
class UserGuideDialog final : public QDialog {
    Q_OBJECT

public:
    explicit UserGuideDialog(QWidget *parent = nullptr);
    // Shows one of the guide's documents: "user-guide.md", "formats.md" or "kpi.md".
    bool showDocument(const QString &name);

private:
    QTextBrowser *m_text;
};

} // namespace servicelens::ui
