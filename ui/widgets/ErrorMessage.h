// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Result.h"

class QWidget;

namespace servicelens::ui {

// Tells the user about an error from core: its message in the dialog, the technical detail
// behind "Show Details…", never a raw SQL message up front.
void showError(QWidget *parent, const QString &title, const Error &error);

} // namespace servicelens::ui
