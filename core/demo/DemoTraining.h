// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Result.h"

#include <QDate>

namespace servicelens {
class Database;
struct Branch;
} // namespace servicelens

namespace servicelens::demo {

class DemoRandom;

// A year of the demo branch's training: four courses in different skill areas, sessions spread
// over the year with the technicians (or the customer service staff) attending, and pre- and
// post-assessment scores that rise by 10-30 points. Safety training is yearly, so the matrix
// shows some of it expiring.
// The fault-diagnosis course is the one with a visible effect: its session day is fixed in
// advance, technicians with an odd number (T01, T03, ...) attend it, and the order generator
// gives them fewer repeat visits and reopenings from the next day on.
QDate diagnosisSessionDay(QDate firstMonth, QDate lastMonth);
bool attendsDiagnosisCourse(const QString &staffCode);

Status generateDemoTraining(Database &db, const Branch &branch, QDate firstMonth, QDate lastMonth,
                            DemoRandom &random);

} // namespace servicelens::demo
