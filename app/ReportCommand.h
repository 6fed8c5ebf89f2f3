// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace servicelens::app {

// servicelens report --db FILE --month YYYY-MM [--branch CODE] --format pdf|xlsx|csv --out FILE
//                    [--lang en|zh_CN] [--show-phones]
int runReport(const QStringList &arguments);

} // namespace servicelens::app
