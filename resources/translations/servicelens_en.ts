<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <location filename="../../app/CheckCommand.cpp" line="+103" />
        <source>Audit trail: %n record(s), hash chain intact.</source>
        <translation>
            <numerusform>Audit trail: %n record, hash chain intact.</numerusform><numerusform>Audit trail: %n records, hash chain intact.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <source>Inspections: %n completed, every seal matches its content.</source>
        <translation>
            <numerusform>Inspections: %n completed, every seal matches its content.</numerusform><numerusform>Inspections: %n completed, every seal matches its content.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ImportCommand.cpp" line="+32" />
        <source>%n people named in the file are not in the staff list; add them (import staff), or run again with --create-staff:</source>
        <translation>
            <numerusform>%n person named in the file is not in the staff list; add them (import staff), or run again with --create-staff:</numerusform><numerusform>%n people named in the file are not in the staff list; add them (import staff), or run again with --create-staff:</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+135" />
        <source>%n row(s) read, %1 inserted, %2 updated, %3 unchanged, %4 rejected in %5 s (%6).</source>
        <translation>
            <numerusform>%n row read, %1 inserted, %2 updated, %3 unchanged, %4 rejected in %5 s (%6).</numerusform><numerusform>%n rows read, %1 inserted, %2 updated, %3 unchanged, %4 rejected in %5 s (%6).</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/SurveyCommand.cpp" line="+125" />
        <source>Themes of %1 to %2: %n response(s)</source>
        <translation>
            <numerusform>Themes of %1 to %2: %n response</numerusform><numerusform>Themes of %1 to %2: %n responses</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comment</numerusform><numerusform>%n comments</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/EquipmentCommand.cpp" line="+27" />
        <source>overdue %n day(s)</source>
        <translation>
            <numerusform>overdue %n day</numerusform><numerusform>overdue %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>due in %n day</numerusform><numerusform>due in %n days</numerusform></translation>
    </message>
</context>
<context>
    <name>CompletionSummary</name>
    <message numerus="yes">
        <location filename="../../ui/inspection/CompletionSummary.cpp" line="+29" />
        <source>%n item(s) failed.</source>
        <translation>
            <numerusform>%n item failed.</numerusform><numerusform>%n items failed.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source>%n scored item(s) have no answer; they will not count in the score.</source>
        <translation>
            <numerusform>%n scored item has no answer; it will not count in the score.</numerusform><numerusform>%n scored items have no answer; they will not count in the score.</numerusform></translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message numerus="yes">
        <location filename="../../core/io/CsvImport.cpp" line="+36" />
        <source>%1, line(s) %2</source>
        <translation>
            <numerusform>%1, line %2</numerusform><numerusform>%1, lines %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source> … %n rows in all</source>
        <translation>
            <numerusform> … %n row in all</numerusform><numerusform> … %n rows in all</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%n row(s) of “%1” have problems; nothing was imported.</source>
        <translation>
            <numerusform>%n row of “%1” has problems; nothing was imported.</numerusform><numerusform>%n rows of “%1” have problems; nothing was imported.</numerusform></translation>
    </message>
</context>
<context>
    <name>EquipmentEvidence</name>
    <message numerus="yes">
        <location filename="../../ui/inspection/EquipmentEvidence.cpp" line="+57" />
        <source>%1 (overdue %n day(s))</source>
        <translation>
            <numerusform>%1 (overdue %n day)</numerusform><numerusform>%1 (overdue %n days)</numerusform></translation>
    </message>
</context>
<context>
    <name>EquipmentStatus</name>
    <message numerus="yes">
        <location filename="../../core/equipment/EquipmentStatus.cpp" line="+90" />
        <source>%1 %2 (%n day(s))</source>
        <translation>
            <numerusform>%1 %2 (%n day)</numerusform><numerusform>%1 %2 (%n days)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Equipment on %1: %n in service</source>
        <translation>
            <numerusform>Equipment on %1: %n in service</numerusform><numerusform>Equipment on %1: %n in service</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>; %n down (%1)</source>
        <translation>
            <numerusform>; %n down (%1)</numerusform><numerusform>; %n down (%1)</numerusform></translation>
    </message>
</context>
<context>
    <name>EventImporter</name>
    <message numerus="yes">
        <location filename="../../core/flow/EventImport.cpp" line="+445" />
        <source>“%1” (%n row(s))</source>
        <translation>
            <numerusform>“%1” (%n row)</numerusform><numerusform>“%1” (%n rows)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n row(s) of other states</source>
        <translation>
            <numerusform>%n row of other states</numerusform><numerusform>%n rows of other states</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>Skipped %n row(s) whose state is mapped to ignore.</source>
        <translation>
            <numerusform>Skipped %n row whose state is mapped to ignore.</numerusform><numerusform>Skipped %n rows whose state is mapped to ignore.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>A received_at later than the first event in %n order(s): each is taken as received at its first event.</source>
        <translation>
            <numerusform>A received_at later than the first event in %n order: each is taken as received at its first event.</numerusform><numerusform>A received_at later than the first event in %n orders: each is taken as received at its first event.</numerusform></translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message numerus="yes">
        <location filename="../../ui/network/FunnelChart.cpp" line="+79" />
        <source>%1 %2: %3 % of %n order(s)</source>
        <translation>
            <numerusform>%1 %2: %3 % of %n order</numerusform><numerusform>%1 %2: %3 % of %n orders</numerusform></translation>
    </message>
</context>
<context>
    <name>HeadOfficeActions</name>
    <message numerus="yes">
        <location filename="../../ui/network/HeadOfficeActions.cpp" line="+128" />
        <source>Pack %1 written: %n order(s) changed since the last pack. Send the file to head office (e-mail, USB stick); it is checked there before it is merged.</source>
        <translation>
            <numerusform>Pack %1 written: %n order changed since the last pack. Send the file to head office (e-mail, USB stick); it is checked there before it is merged.</numerusform><numerusform>Pack %1 written: %n orders changed since the last pack. Send the file to head office (e-mail, USB stick); it is checked there before it is merged.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+46" />
        <source>Merged %n pack(s).</source>
        <translation>
            <numerusform>Merged %n pack.</numerusform><numerusform>Merged %n packs.</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportSummaryText</name>
    <message numerus="yes">
        <location filename="../../ui/workbook/ImportSummaryText.cpp" line="+37" />
        <source>%n people named in the file are not in the staff list; Import asks before adding them.</source>
        <translation>
            <numerusform>%n person named in the file is not in the staff list; Import asks before adding them.</numerusform><numerusform>%n people named in the file are not in the staff list; Import asks before adding them.</numerusform></translation>
    </message>
</context>
<context>
    <name>InspectionPrintout</name>
    <message numerus="yes">
        <location filename="../../ui/inspection/InspectionPrintout.cpp" line="+44" />
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform><numerusform>%n photos</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%n corrective action(s) raised</source>
        <translation>
            <numerusform>%n corrective action raised</numerusform><numerusform>%n corrective actions raised</numerusform></translation>
    </message>
</context>
<context>
    <name>SlaImporter</name>
    <message numerus="yes">
        <location filename="../../core/flow/SlaImporter.cpp" line="+115" />
        <source>The file would replace the policy table and remove %n earlier row(s) not in it (%1).</source>
        <translation>
            <numerusform>The file would replace the policy table and remove %n earlier row not in it (%1).</numerusform><numerusform>The file would replace the policy table and remove %n earlier rows not in it (%1).</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>The file replaces the policy table and removes %n earlier row(s) not in it (%1). Orders no row matches keep KPI.md's default for their priority.</source>
        <translation>
            <numerusform>The file replaces the policy table and removes %n earlier row not in it (%1). Orders no row matches keep KPI.md's default for their priority.</numerusform><numerusform>The file replaces the policy table and removes %n earlier rows not in it (%1). Orders no row matches keep KPI.md's default for their priority.</numerusform></translation>
    </message>
</context>
<context>
    <name>WorkbookSafetyActions</name>
    <message numerus="yes">
        <location filename="../../ui/workbook/WorkbookSafetyActions.cpp" line="+163" />
        <source>&lt;p&gt;Audit trail: %n record(s), the hash chain is intact — no record was changed or removed outside ServiceLens.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Audit trail: %n record, the hash chain is intact — no record was changed or removed outside ServiceLens.&lt;/p&gt;</numerusform><numerusform>&lt;p&gt;Audit trail: %n records, the hash chain is intact — no record was changed or removed outside ServiceLens.&lt;/p&gt;</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>&lt;p&gt;Inspections: %n completed, every seal matches its content.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Inspections: %n completed, every seal matches its content.&lt;/p&gt;</numerusform><numerusform>&lt;p&gt;Inspections: %n completed, every seal matches its content.&lt;/p&gt;</numerusform></translation>
    </message>
</context>
<context>
    <name>servicelens::ui::ActionsView</name>
    <message numerus="yes">
        <location filename="../../ui/inspection/ActionsView.cpp" line="+160" />
        <source>(%n day(s) late)</source>
        <translation>
            <numerusform>(%n day late)</numerusform><numerusform>(%n days late)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+14" />
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform><numerusform>%n actions</numerusform></translation>
    </message>
</context>
<context>
    <name>servicelens::ui::CallbackForm</name>
    <message numerus="yes">
        <location filename="../../ui/survey/CallbackForm.cpp" line="+191" />
        <source>%n earlier attempt(s)</source>
        <translation>
            <numerusform>%n earlier attempt</numerusform><numerusform>%n earlier attempts</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+72" />
        <source>Q%1: %n point(s)</source>
        <translation>
            <numerusform>Q%1: %n point</numerusform><numerusform>Q%1: %n points</numerusform></translation>
    </message>
</context>
<context>
    <name>servicelens::ui::ConflictsDialog</name>
    <message numerus="yes">
        <location filename="../../ui/network/ConflictsDialog.cpp" line="+180" />
        <source>%n row(s) were changed both here and at their branch. Nothing was overwritten: for each, keep head office's version or take the branch's.</source>
        <translation>
            <numerusform>%n row was changed both here and at its branch. Nothing was overwritten: keep head office's version or take the branch's.</numerusform><numerusform>%n rows were changed both here and at their branch. Nothing was overwritten: for each, keep head office's version or take the branch's.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+38" />
        <location line="+1" />
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform><numerusform>%n rows</numerusform></translation>
    </message>
</context>
<context>
    <name>servicelens::ui::CustomerFields</name>
    <message numerus="yes">
        <location filename="../../ui/flow/CustomerFields.cpp" line="+111" />
        <source>The order is for %1, an existing customer with %n earlier order(s). &lt;a href="different"&gt;A different person&lt;/a&gt;</source>
        <translation>
            <numerusform>The order is for %1, an existing customer with %n earlier order. &lt;a href="different"&gt;A different person&lt;/a&gt;</numerusform><numerusform>The order is for %1, an existing customer with %n earlier orders. &lt;a href="different"&gt;A different person&lt;/a&gt;</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+15" />
        <source>%1 — %2, %n earlier order(s)</source>
        <translation>
            <numerusform>%1 — %2, %n earlier order</numerusform><numerusform>%1 — %2, %n earlier orders</numerusform></translation>
    </message>
</context>
<context>
    <name>servicelens::ui::DashboardPage</name>
    <message numerus="yes">
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="+215" />
        <source>SLA missed, closed in %1 (%n order(s))</source>
        <translation>
            <numerusform>SLA missed, closed in %1 (%n order)</numerusform><numerusform>SLA missed, closed in %1 (%n orders)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>Not fixed the first time, closed in %1 (%n order(s))</source>
        <translation>
            <numerusform>Not fixed the first time, closed in %1 (%n order)</numerusform><numerusform>Not fixed the first time, closed in %1 (%n orders)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+22" />
        <source>Open at the end of %1 (%n order(s))</source>
        <translation>
            <numerusform>Open at the end of %1 (%n order)</numerusform><numerusform>Open at the end of %1 (%n orders)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Open at the end of %1, %2 (%n order(s))</source>
        <translation>
            <numerusform>Open at the end of %1, %2 (%n order)</numerusform><numerusform>Open at the end of %1, %2 (%n orders)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+122" />
        <source>%n order(s) closed without a follow-up call</source>
        <translation>
            <numerusform>%n order closed without a follow-up call</numerusform><numerusform>%n orders closed without a follow-up call</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n order(s) closed without a response time</source>
        <translation>
            <numerusform>%n order closed without a response time</numerusform><numerusform>%n orders closed without a response time</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n order(s) with stages recorded out of order</source>
        <translation>
            <numerusform>%n order with stages recorded out of order</numerusform><numerusform>%n orders with stages recorded out of order</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+23" />
        <source>%1 %2 (overdue %n day(s))</source>
        <translation>
            <numerusform>%1 %2 (overdue %n day)</numerusform><numerusform>%1 %2 (overdue %n days)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%1 %2 (due in %n day(s))</source>
        <translation>
            <numerusform>%1 %2 (due in %n day)</numerusform><numerusform>%1 %2 (due in %n days)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source>; and %n more</source>
        <translation>
            <numerusform>; and %n more</numerusform><numerusform>; and %n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <source>target ≥ %1 · %Ln response(s)</source>
        <translation>
            <numerusform>target ≥ %1 · %Ln response</numerusform><numerusform>target ≥ %1 · %Ln responses</numerusform></translation>
    </message>
</context>
<context>
    <name>servicelens::ui::EquipmentPage</name>
    <message numerus="yes">
        <location filename="../../ui/equipment/EquipmentPage.cpp" line="+48" />
        <source>Overdue %n day(s)</source>
        <translation>
            <numerusform>Overdue %n day</numerusform><numerusform>Overdue %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Due in %n day</numerusform><numerusform>Due in %n days</numerusform></translation>
    </message>
</context>
<context>
    <name>servicelens::ui::EquipmentPieceView</name>
    <message numerus="yes">
        <location filename="../../ui/equipment/EquipmentPieceView.cpp" line="+33" />
        <source>Every %n working day(s)</source>
        <translation>
            <numerusform>Every %n working day</numerusform><numerusform>Every %n working days</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+13" />
        <source>Calibration, valid %n month(s)</source>
        <translation>
            <numerusform>Calibration, valid %n month</numerusform><numerusform>Calibration, valid %n months</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+215" />
        <source>The calibration of %1 failed: %n order(s) were diagnosed with %2 since its last good calibration (%3 still open). Check their diagnoses and call the customers whose repair may be wrong. &lt;a href='orders'&gt;Show them&lt;/a&gt;</source>
        <translation>
            <numerusform>The calibration of %1 failed: %n order was diagnosed with %2 since its last good calibration (%3 still open). Check its diagnosis and call the customer if the repair may be wrong. &lt;a href='orders'&gt;Show it&lt;/a&gt;</numerusform><numerusform>The calibration of %1 failed: %n orders were diagnosed with %2 since its last good calibration (%3 still open). Check their diagnoses and call the customers whose repair may be wrong. &lt;a href='orders'&gt;Show them&lt;/a&gt;</numerusform></translation>
    </message>
</context>
<context>
    <name>servicelens::ui::ImportDialog</name>
    <message numerus="yes">
        <location filename="../../ui/workbook/ImportDialog.cpp" line="+66" />
        <source>%n people named in the file are not in the staff list.</source>
        <translation>
            <numerusform>%n person named in the file is not in the staff list.</numerusform><numerusform>%n people named in the file are not in the staff list.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform><numerusform>… and %n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+213" />
        <source>%1 · showing the first %n row(s) as they will be read.</source>
        <translation>
            <numerusform>%1 · showing the first row as it will be read.</numerusform><numerusform>%1 · showing the first %n rows as they will be read.</numerusform></translation>
    </message>
</context>
<context>
    <name>servicelens::ui::IncidentPlansView</name>
    <message numerus="yes">
        <location filename="../../ui/incident/IncidentPlansView.cpp" line="+126" />
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform><numerusform>%n hours</numerusform></translation>
    </message>
</context>
<context>
    <name>servicelens::ui::IncidentScopeEditor</name>
    <message numerus="yes">
        <location filename="../../ui/incident/IncidentScopeEditor.cpp" line="+162" />
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform><numerusform>%n orders</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform><numerusform>%n customers</numerusform></translation>
    </message>
</context>
<context>
    <name>servicelens::ui::IncidentsPage</name>
    <message numerus="yes">
        <location filename="../../ui/incident/IncidentsPage.cpp" line="+318" />
        <source>%n customer(s) added to the incident calls on the Surveys page.</source>
        <translation>
            <numerusform>%n customer added to the incident calls on the Surveys page.</numerusform><numerusform>%n customers added to the incident calls on the Surveys page.</numerusform></translation>
    </message>
</context>
<context>
    <name>servicelens::ui::InspectionItemPage</name>
    <message numerus="yes">
        <location filename="../../ui/inspection/InspectionItemPage.cpp" line="+118" />
        <source>%n order(s) kept as evidence</source>
        <translation>
            <numerusform>%n order kept as evidence</numerusform><numerusform>%n orders kept as evidence</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <source>Corrective action… (%n raised)</source>
        <translation>
            <numerusform>Corrective action… (%n raised)</numerusform><numerusform>Corrective action… (%n raised)</numerusform></translation>
    </message>
</context>
<context>
    <name>servicelens::ui::InspectionItemTree</name>
    <message numerus="yes">
        <location filename="../../ui/inspection/InspectionItemTree.cpp" line="+67" />
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform><numerusform>%n photos</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>⚑ %n action(s)</source>
        <translation>
            <numerusform>⚑ %n action</numerusform><numerusform>⚑ %n actions</numerusform></translation>
    </message>
</context>
<context>
    <name>servicelens::ui::InspectionsPage</name>
    <message numerus="yes">
        <location filename="../../ui/inspection/InspectionsPage.cpp" line="+180" />
        <source>%1 — %n day(s) overdue</source>
        <translation>
            <numerusform>%1 — %n day overdue</numerusform><numerusform>%1 — %n days overdue</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+68" />
        <source>%n inspection(s)</source>
        <translation>
            <numerusform>%n inspection</numerusform><numerusform>%n inspections</numerusform></translation>
    </message>
</context>
<context>
    <name>servicelens::ui::MainWindow</name>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="+312" />
        <source>%n people added to the staff list.</source>
        <translation>
            <numerusform>%n person added to the staff list.</numerusform><numerusform>%n people added to the staff list.</numerusform></translation>
    </message>
</context>
<context>
    <name>servicelens::ui::NetworkPage</name>
    <message numerus="yes">
        <location filename="../../ui/network/NetworkPage.cpp" line="+283" />
        <source>Within the funnel: %1 – %2 at 99.8 % for %n order(s); a rate inside it is not called different.</source>
        <translation>
            <numerusform>Within the funnel: %1 – %2 at 99.8 % for %n order; a rate inside it is not called different.</numerusform><numerusform>Within the funnel: %1 – %2 at 99.8 % for %n orders; a rate inside it is not called different.</numerusform></translation>
    </message>
</context>
<context>
    <name>servicelens::ui::OrderTimelineTab</name>
    <message numerus="yes">
        <location filename="../../ui/flow/OrderTimelineTab.cpp" line="+298" />
        <source>due %1, %n working day(s) overdue</source>
        <translation>
            <numerusform>due %1, %n working day overdue</numerusform><numerusform>due %1, %n working days overdue</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>due %1, %n working day(s) left</source>
        <translation>
            <numerusform>due %1, %n working day left</numerusform><numerusform>due %1, %n working days left</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+15" />
        <source>&lt;p&gt;The clock was paused for %n working day(s) of waiting.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;The clock was paused for %n working day of waiting.&lt;/p&gt;</numerusform><numerusform>&lt;p&gt;The clock was paused for %n working days of waiting.&lt;/p&gt;</numerusform></translation>
    </message>
</context>
<context>
    <name>servicelens::ui::OrdersPage</name>
    <message numerus="yes">
        <location filename="../../ui/flow/OrdersPage.cpp" line="+325" />
        <source> — %n order(s) match without the filters</source>
        <translation>
            <numerusform> — %n order match without the filters</numerusform><numerusform> — %n orders match without the filters</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+73" />
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform><numerusform>%n orders</numerusform></translation>
    </message>
</context>
<context>
    <name>servicelens::ui::OrdersTableModel</name>
    <message numerus="yes">
        <location filename="../../ui/flow/OrdersTableModel.cpp" line="+191" />
        <source>%n working day(s) overdue</source>
        <translation>
            <numerusform>%n working day overdue</numerusform><numerusform>%n working days overdue</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>%n working day left</numerusform><numerusform>%n working days left</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>The clock was paused for %n working day(s) of waiting.</source>
        <translation>
            <numerusform>The clock was paused for %n working day of waiting.</numerusform><numerusform>The clock was paused for %n working days of waiting.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <source>%1 h / %n working day(s)</source>
        <translation>
            <numerusform>%1 h / %n working day</numerusform><numerusform>%1 h / %n working days</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Respond within %1 h, resolve within %n working day(s). Targets from: %2</source>
        <translation>
            <numerusform>Respond within %1 h, resolve within %n working day. Targets from: %2</numerusform><numerusform>Respond within %1 h, resolve within %n working days. Targets from: %2</numerusform></translation>
    </message>
</context>
<context>
    <name>servicelens::ui::ProcessMapPanel</name>
    <message numerus="yes">
        <location filename="../../ui/flow/ProcessMapPanel.cpp" line="+123" />
        <source>%n rare move(s) (under 1 % of the orders) not drawn</source>
        <translation>
            <numerusform>%n rare move (under 1 % of the orders) not drawn</numerusform><numerusform>%n rare moves (under 1 % of the orders) not drawn</numerusform></translation>
    </message>
</context>
<context>
    <name>servicelens::ui::ReportsPage</name>
    <message numerus="yes">
        <location filename="../../ui/report/ReportsPage.cpp" line="+290" />
        <source>%n page(s) in the PDF.</source>
        <translation>
            <numerusform>%n page in the PDF.</numerusform><numerusform>%n pages in the PDF.</numerusform></translation>
    </message>
</context>
<context>
    <name>servicelens::ui::ReviewsView</name>
    <message numerus="yes">
        <location filename="../../ui/team/ReviewsView.cpp" line="+398" />
        <source>People reviewed: %1. Peers, other departments and customers show only with three answers or more (%n group(s) hidden); self and manager are one person each. Red: below the cycle's training threshold of %2.</source>
        <translation>
            <numerusform>People reviewed: %1. Peers, other departments and customers show only with three answers or more (%n group hidden); self and manager are one person each. Red: below the cycle's training threshold of %2.</numerusform><numerusform>People reviewed: %1. Peers, other departments and customers show only with three answers or more (%n groups hidden); self and manager are one person each. Red: below the cycle's training threshold of %2.</numerusform></translation>
    </message>
</context>
<context>
    <name>servicelens::ui::SlaPolicyDialog</name>
    <message numerus="yes">
        <location filename="../../ui/flow/SlaPolicyDialog.cpp" line="+119" />
        <source> working day(s)</source>
        <translation>
            <numerusform> working day</numerusform><numerusform> working days</numerusform></translation>
    </message>
</context>
<context>
    <name>servicelens::ui::SurveysPage</name>
    <message numerus="yes">
        <location filename="../../ui/survey/SurveysPage.cpp" line="+285" />
        <source>%n call(s) to make</source>
        <translation>
            <numerusform>%n call to make</numerusform><numerusform>%n calls to make</numerusform></translation>
    </message>
</context>
<context>
    <name>servicelens::ui::TeamPage</name>
    <message numerus="yes">
        <location filename="../../ui/team/TeamPage.cpp" line="+324" />
        <source>%1 to %2: %n technician(s)</source>
        <translation>
            <numerusform>%1 to %2: %n technician</numerusform><numerusform>%1 to %2: %n technicians</numerusform></translation>
    </message>
</context>
</TS>