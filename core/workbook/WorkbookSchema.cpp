// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkbookSchema.h"

#include "inspection/InspectionSeal.h"
#include "inspection/TemplateRepository.h"
#include "storage/Database.h"
#include "survey/Survey.h"
#include "survey/SurveyRepository.h"

namespace servicelens {

namespace {

// Every workbook, new or upgraded, starts with the shipped satisfaction survey.
Status installDefaultSurvey(Database &db)
{
    return survey::SurveyRepository(db).installDefault();
}

// The inspections completed before seals existed are sealed as they stand.
Status sealCompletedInspections(Database &db)
{
    return inspection::InspectionSeal::sealAll(db.handle());
}

// Every workbook, new or upgraded, has the shipped inspection templates: the branch's and the
// maintenance checklist. They are installed by the last step that changed a template's columns
// (format 20, its kind), because the code that writes them writes the latest columns; a
// workbook that has a template of the same code keeps its own.
Status installShippedTemplates(Database &db)
{
    inspection::TemplateRepository templates(db);
    if (auto s = templates.installDefault(); !s)
        return s;
    return templates.installMaintenance();
}

// Every workbook, new or upgraded, has the shipped 360-degree review questionnaire.
Status installReviewQuestionnaire(Database &db)
{
    return survey::SurveyRepository(db).installReview();
}

} // namespace

const std::vector<Migration> &WorkbookSchema::migrations()
{
    static const std::vector<Migration> migrations = {
        {1,
         QStringLiteral("Branches, staff, customers, calendar, SLA policies, service orders, "
                        "stage events, audit log"),
         QStringLiteral(":/servicelens/schema/0001_initial.sql"),
         {}},
        {2,
         QStringLiteral("Covering indexes for the monthly KPIs"),
         QStringLiteral(":/servicelens/schema/0002_kpi_indexes.sql"),
         {}},
        {3,
         QStringLiteral("Orders received and closed per month, kept by triggers"),
         QStringLiteral(":/servicelens/schema/0003_month_counts.sql"),
         {}},
        {4,
         QStringLiteral("Customers found by phone and name"),
         QStringLiteral(":/servicelens/schema/0004_customer_lookup.sql"),
         {}},
        {5,
         QStringLiteral("Value constraints checked without temporary tables"),
         {},
         {},
         &rewriteInListChecks},
        {6,
         QStringLiteral("Inspections: templates, schedules, answers, photos, corrective actions"),
         QStringLiteral(":/servicelens/schema/0006_inspections.sql"),
         {},
         {}},
        {7,
         QStringLiteral("Satisfaction surveys: questionnaires, callbacks, responses and answers"),
         QStringLiteral(":/servicelens/schema/0007_surveys.sql"),
         {},
         &installDefaultSurvey},
        {8,
         QStringLiteral("Training: courses, sessions and attendance with assessment scores"),
         QStringLiteral(":/servicelens/schema/0008_training.sql"),
         {},
         {}},
        {9,
         QStringLiteral("A hash chain over the audit trail"),
         QStringLiteral(":/servicelens/schema/0009_audit_chain.sql"),
         {},
         &chainAuditTrail},
        {10,
         QStringLiteral("A content hash (seal) on every completed inspection"),
         QStringLiteral(":/servicelens/schema/0010_inspection_seal.sql"),
         {},
         &sealCompletedInspections},
        {11,
         QStringLiteral("Imported orders: the inputs their file never gave, their own deadline"),
         QStringLiteral(":/servicelens/schema/0011_imported_orders.sql"),
         {},
         {}},
        {12,
         QStringLiteral(
             "SLA policies by priority and/or category; order events from helpdesk logs"),
         QStringLiteral(":/servicelens/schema/0012_sla_and_order_events.sql"),
         {},
         {}},
        {13,
         QStringLiteral("Indexes for the orders sorted by customer and the month's survey figures"),
         QStringLiteral(":/servicelens/schema/0013_read_indexes.sql"),
         {},
         {}},
        {14,
         QStringLiteral("The customer's address"),
         QStringLiteral(":/servicelens/schema/0014_customer_address.sql"),
         {},
         {}},
        {15,
         QStringLiteral("Head office: staff codes per branch, merged packs, rows and conflicts"),
         QStringLiteral(":/servicelens/schema/0015_head_office.sql"),
         {},
         {},
         true},
        {16,
         QStringLiteral("Head office's lists of product categories and models, with the other "
                        "spellings branches use"),
         QStringLiteral(":/servicelens/schema/0016_product_lists.sql"),
         {},
         {}},
        {17,
         QStringLiteral("Fault codes in their groups, a list head office owns"),
         QStringLiteral(":/servicelens/schema/0017_fault_codes.sql"),
         {},
         {}},
        {18,
         QStringLiteral("Each order's fault code, and each model's installed base per month"),
         QStringLiteral(":/servicelens/schema/0018_defect_inputs.sql"),
         {},
         {}},
        {19,
         QStringLiteral("The case library: cases with their versions, models, photos and uses, "
                        "and their search index"),
         QStringLiteral(":/servicelens/schema/0019_case_library.sql"),
         {},
         {}},
        {20,
         QStringLiteral("Equipment: the register, maintenance plans and records, usage readings, "
                        "breakdowns, and the orders that waited for a piece or were diagnosed "
                        "with one"),
         QStringLiteral(":/servicelens/schema/0020_equipment.sql"),
         {},
         &installShippedTemplates},
        {21,
         QStringLiteral("Incidents and contingency plans: plans with their steps, incidents with "
                        "their scope, steps, timeline and the customers to call, and corrective "
                        "actions that come from an incident"),
         QStringLiteral(":/servicelens/schema/0021_incidents.sql"),
         {},
         {}},
        {22,
         QStringLiteral("360-degree reviews: cycles, their raters and one-time codes, anonymous "
                        "answers, and the shipped review questionnaire"),
         QStringLiteral(":/servicelens/schema/0022_reviews.sql"),
         {},
         &installReviewQuestionnaire},
        {23,
         QStringLiteral("Development after a review: the period a review cycle looks back on, and "
                        "each person's goals, actions and due dates, reviewed at the next cycle"),
         QStringLiteral(":/servicelens/schema/0023_development.sql"),
         {},
         {}},
    };
    return migrations;
}

const std::vector<Migration> &WorkbookSchema::postgresMigrations()
{
    static const std::vector<Migration> migrations = {
        {15,
         QStringLiteral("Head-office store: branches, orders, inspections, surveys, training, "
                        "merged packs and conflicts"),
         QStringLiteral(":/servicelens/schema/postgres/0015_store.sql"),
         {},
         &installDefaultSurvey}, // the templates come at step 21, as in a workbook
        {16,
         QStringLiteral("Head office's lists of product categories and models, with the other "
                        "spellings branches use"),
         QStringLiteral(":/servicelens/schema/postgres/0016_product_lists.sql"),
         {},
         {}},
        {17,
         QStringLiteral("Month tallies: each branch's month counted once, for the network's "
                        "figures"),
         QStringLiteral(":/servicelens/schema/postgres/0017_month_tallies.sql"),
         {},
         {}},
        {18,
         QStringLiteral("Fault codes in their groups, a list head office owns"),
         QStringLiteral(":/servicelens/schema/postgres/0018_fault_codes.sql"),
         {},
         {}},
        {19,
         QStringLiteral("Each order's fault code, and each model's installed base per month"),
         QStringLiteral(":/servicelens/schema/postgres/0019_defect_inputs.sql"),
         {},
         {}},
        {20,
         QStringLiteral("The case library: cases with their versions, models, photos and uses, "
                        "and their search index"),
         QStringLiteral(":/servicelens/schema/postgres/0020_case_library.sql"),
         {},
         {}},
        {21,
         QStringLiteral("Equipment: the register, maintenance plans and records, usage readings, "
                        "breakdowns, and the orders that waited for a piece or were diagnosed "
                        "with one"),
         QStringLiteral(":/servicelens/schema/postgres/0021_equipment.sql"),
         {},
         &installShippedTemplates},
        {22,
         QStringLiteral("Incidents and contingency plans: plans with their steps, incidents with "
                        "their scope, steps, timeline and the customers to call, and corrective "
                        "actions that come from an incident"),
         QStringLiteral(":/servicelens/schema/postgres/0022_incidents.sql"),
         {},
         {}},
        {23,
         QStringLiteral("360-degree reviews: cycles, their raters and one-time codes, anonymous "
                        "answers, and the shipped review questionnaire"),
         QStringLiteral(":/servicelens/schema/postgres/0023_reviews.sql"),
         {},
         &installReviewQuestionnaire},
        {24,
         QStringLiteral("Development after a review: the period a review cycle looks back on, and "
                        "each person's goals, actions and due dates, reviewed at the next cycle"),
         QStringLiteral(":/servicelens/schema/postgres/0024_development.sql"),
         {},
         {}},
    };
    return migrations;
}

int WorkbookSchema::latestVersion()
{
    return servicelens::latestVersion(migrations());
}

} // namespace servicelens
