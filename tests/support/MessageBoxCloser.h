// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QMessageBox>
#include <QTimer>

namespace servicelens::test {

// Accepts every message box as soon as it shows, keeping the last one's text: GUI tests drive
// code that reports in a modal box, which would otherwise wait for a click forever.
class MessageBoxCloser {
public:
    MessageBoxCloser()
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                    m_text = box->text();
                    box->accept();
                }
        });
        m_timer.start(50);
    }
    const QString &text() const { return m_text; }
    void clear() { m_text.clear(); }

private:
    QTimer m_timer;
    QString m_text;
};

} // namespace servicelens::test
