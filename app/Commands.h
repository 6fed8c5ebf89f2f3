// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// The commands of the command line, one file each (docs/formats.md, "The command line"). Each
// takes its arguments after the command's name and returns the exit status.
namespace servicelens::app {

// servicelens init --db FILE [--demo [--seed N] [--orders N]] [--branch … --branch-name …
//                  --timezone …]
int runInit(const QStringList &arguments);
// servicelens check --db FILE [--against ID:HASH | --against BACKUP]
int runCheck(const QStringList &arguments);
// servicelens backup --db FILE --out FILE
int runBackup(const QStringList &arguments);
// servicelens kpi --db FILE --month YYYY-MM [--branch CODE] [--json]
int runKpi(const QStringList &arguments);
// servicelens import orders|surveys|staff|calendar|training --db FILE --in FILE [...]
int runImport(const QStringList &arguments);
// servicelens inspection import-template|export-template|import|export --db FILE
//                        (--in|--out) FILE
int runInspection(const QStringList &arguments);
// servicelens report --db FILE --month YYYY-MM [--branch CODE] --format pdf|xlsx|csv --out FILE
//                    [--lang en|zh_CN] [--show-phones]
int runReport(const QStringList &arguments);
// servicelens export-training-copy --db FILE --out FILE
int runTrainingCopy(const QStringList &arguments);
// servicelens pack --db FILE --out FILE.slpack [--all] [--branch CODE]
int runPack(const QStringList &arguments);
// servicelens merge --db STORE --in FILE.slpack [--in …]
int runMerge(const QStringList &arguments);
// servicelens network --db STORE --month YYYY-MM [--json]
int runNetwork(const QStringList &arguments);
// servicelens products --db STORE [--month YYYY-MM] [--json]
int runProducts(const QStringList &arguments);
// servicelens defects --db STORE --month YYYY-MM [--json]
int runDefects(const QStringList &arguments);
// servicelens cases import|export --db FILE (--in|--out) FILE.json | search --db STORE --query TEXT
// [--json]
int runCases(const QStringList &arguments);
// servicelens survey themes: the themes of a period's survey comments.
int runSurvey(const QStringList &arguments);
// servicelens equipment import --db FILE --in FILE [import options] | due --db STORE
//                       [--date YYYY-MM-DD] [--json]
int runEquipment(const QStringList &arguments);
int runIncident(const QStringList &arguments);
int runReview(const QStringList &arguments);
// `equipment import`: `import` of the register, plans or records, told apart by the header.
int runEquipmentImport(const QStringList &arguments);

} // namespace servicelens::app
