// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoGenerator.h"
#include "DemoProducts.h"
#include "DemoRandom.h"
#include "DemoSurveys.h"
#include "common/LocalTime.h"
#include "flow/Customer.h"
#include "flow/ServiceOrder.h"
#include "flow/SlaPolicy.h"
#include "flow/StageEvent.h"
#include "flow/WorkingCalendar.h"
#include "org/Branch.h"
#include "storage/UidGenerator.h"

#include <set>
#include <vector>

namespace servicelens {
class Workbook;
}

namespace servicelens::demo {

struct Technician {
    qint64 id = 0;
    QDate hired;
    double speed = 1.0;            // multiplies the days to repair
    double quality = 0.88;         // higher: fewer repeat visits and reopenings
    bool diagnosisTrained = false; // attends the fault-diagnosis course (DemoTraining)
};

struct GeneratedOrder {
    flow::ServiceOrder order;
    demo::OrderExperience experience; // for its follow-up survey
    // Waits and reopenings, as the application would have recorded them.
    std::vector<flow::StageEvent> events;
};

// The demo's branch brought to life inside the demo's transaction: its staff, customers and
// years of orders with their waits, reopenings, surveys, inspections and training.
class DemoWorld {
public:
    DemoWorld(Workbook &workbook, const DemoOptions &options, const Branch &branch,
              flow::WorkingCalendar calendar, flow::SlaPolicySet policies);

    Status run(const DemoGenerator::Progress &progress);

private:
    Status createStaff();
    Result<qint64> customerFor();
    GeneratedOrder makeOrder(QDate day, int month);
    qint64 businessTime(QDate day, int fromMinutes, int toMinutes);
    qint64 pushIntoOpeningHours(qint64 utc);
    QString personName();

    Database &m_db;
    DemoOptions m_options;
    Branch m_branch;
    DemoProducts m_spelling; // how this branch writes products and categories
    flow::WorkingCalendar m_calendar;
    flow::SlaPolicySet m_policies;
    LocalTime m_local;
    DemoRandom m_random;
    UidGenerator m_uids;
    std::vector<Technician> m_technicians;
    std::vector<qint64> m_partsStaff;
    std::vector<qint64> m_customers;
    flow::CustomerRepository m_customerRepository; // one prepared insert for every customer
    std::set<QString> m_usedNames;
    qint64 m_cutoff = 0;
    QDate m_last; // the first day of the last month of data
    QDate m_diagnosisDay;
};

} // namespace servicelens::demo
