// SPDX-License-Identifier: GPL-3.0-or-later
#include "ErrorMessage.h"

#include <QMessageBox>

namespace servicelens::ui {

void showError(QWidget *parent, const QString &title, const Error &error)
{
    QMessageBox box(error.kind == ErrorKind::Cancelled ? QMessageBox::Information
                                                       : QMessageBox::Warning,
                    title, error.message, QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("errorMessage"));
    if (!error.detail.isEmpty())
        box.setDetailedText(error.detail);
    box.exec();
}

} // namespace servicelens::ui
