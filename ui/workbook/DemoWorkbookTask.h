// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/DemoGenerator.h"
#include "storage/Result.h"

class QWidget;

namespace servicelens::ui {

// Creates a demo workbook file on a worker thread while a progress dialog with Cancel keeps
// the window responsive. The worker's database connection lives and dies on the worker
// thread; the caller opens the finished file afterwards.
class DemoWorkbookTask final {
public:
    static Status run(QWidget *parent, const QString &path, const DemoOptions &options);
};

} // namespace servicelens::ui
