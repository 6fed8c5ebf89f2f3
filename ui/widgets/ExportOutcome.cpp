// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportOutcome.h"

#include "ErrorMessage.h"

#include <QDir>
#include <QLabel>
#include <QUrl>

namespace servicelens::ui {

bool ExportOutcome::show(QWidget *page, QLabel *status, const Words &words, const Status &written,
                         const QString &path)
{
    status->show();
    if (!written) {
        const bool cancelled = written.error().kind == ErrorKind::Cancelled;
        if (!cancelled)
            showError(page, words.title, written.error());
        status->setText(cancelled ? tr("The export was cancelled; nothing was written.")
                                  : words.notWritten);
        return false;
    }
    status->setText(words.writtenTo.arg(QStringLiteral("<a href=\"%1\">%2</a>")
                                            .arg(QUrl::fromLocalFile(path).toString(),
                                                 QDir::toNativeSeparators(path).toHtmlEscaped())));
    return true;
}

} // namespace servicelens::ui
