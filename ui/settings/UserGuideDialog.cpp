// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserGuideDialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace servicelens::ui {

UserGuideDialog::UserGuideDialog(QWidget *parent)
    : QDialog(parent)
    , m_text(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("userGuide"));
    setWindowTitle(tr("ServiceLens User Guide"));
    m_text->setObjectName(QStringLiteral("guideText"));
    m_text->setOpenLinks(false);
    // Links between the guide's documents stay in the window; anchors scroll.
    connect(m_text, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const QString file = url.path().section(QLatin1Char('/'), -1);
        if (!file.isEmpty() && showDocument(file))
            return;
        if (!url.fragment().isEmpty())
            m_text->scrollToAnchor(url.fragment());
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    resize(900, 700);
    showDocument(QStringLiteral("user-guide.md"));
}

bool UserGuideDialog::showDocument(const QString &name)
{
    QFile file(QStringLiteral(":/docs/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    // The screenshots live beside the sources, not in the program: left out here.
    static const QRegularExpression image(QStringLiteral("!\\[[^\\]]*\\]\\([^)]*\\)"));
    m_text->setMarkdown(QString::fromUtf8(file.readAll()).remove(image));
    m_text->moveCursor(QTextCursor::Start);
    return true;
}

} // namespace servicelens::ui
