// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrderDialog.h"
#include "OrderPrintout.h"
#include "ProductFields.h"
#include "print/PrintPreview.h"
#include "widgets/DateText.h"

#include "CustomerFields.h"
#include "OrderHistoryTab.h"
#include "OrderTimelineTab.h"
#include "commands/FlowStepCommand.h"
#include "equipment/OrderEquipmentTab.h"
#include "knowledge/OrderCasesTab.h"
#include "org/ProductMatcher.h"

#include "common/LocalTime.h"
#include "flow/OrderRepository.h"
#include "kpi/KpiCatalogue.h"
#include "org/Branch.h"
#include "org/FaultCodes.h"
#include "org/Staff.h"
#include "storage/Clock.h"
#include "storage/Database.h"
#include "storage/WriteTransaction.h"
#include "widgets/ErrorMessage.h"
#include "widgets/Palette.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimeZone>
#include <QUndoStack>
#include <QVBoxLayout>

namespace servicelens::ui {

using namespace flow;

namespace {

QLabel *problemLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setStyleSheet(palette::problemText());
    label->hide();
    return label;
}

} // namespace

OrderDialog::OrderDialog(Database &db, qint64 orderId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("orderDialog"));
    auto details = OrderDetails::load(db, orderId);
    if (!details) {
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(new QLabel(details.error().message, this));
        return;
    }
    m_details = std::move(*details);
    m_loaded = true;
    setWindowTitle(tr("Order %1").arg(m_details.order.orderNo));
    build();
}

OrderDialog::OrderDialog(Database &db, const ServiceOrder &draft, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("orderDialog"));
    m_details.order = draft;
    m_details.timeZone = QString::fromLatin1(Branch::defaultTimeZone);
    if (auto branch = BranchRepository(db).findById(draft.branchId); branch && branch->has_value())
        m_details.timeZone = (*branch)->timeZone;
    if (auto policies = SlaPolicyRepository(db).load())
        m_details.policy = policies->forOrder(draft.priority, draft.category);
    m_loaded = true;
    m_isNew = true;
    setWindowTitle(tr("New Order"));
    build();
}

void OrderDialog::build()
{
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    auto *orderTab = new QWidget(m_tabs);
    buildOrderTab(orderTab);
    m_timelineTab = new OrderTimelineTab(m_db, m_tabs);
    // The steps taken here, undoable here (Ctrl+Z) and undone by Cancel.
    m_steps = new QUndoStack(this);
    QAction *undo = m_steps->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WindowShortcut);
    addAction(undo);
    QAction *redo = m_steps->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    addAction(redo);
    m_timelineTab->addUndoButton(m_steps);
    connect(m_timelineTab, &OrderTimelineTab::stepTaken, this,
            [this](const OrderWorkflow::Step &step, const QString &what) {
                m_steps->push(new FlowStepCommand(m_db, step, what, [this](const QString &problem) {
                    if (!problem.isEmpty())
                        showError(this, windowTitle(), makeError(ErrorKind::Stale, problem));
                    reload();
                }));
                reload();
            });
    m_historyTab = new OrderHistoryTab(m_tabs);
    m_casesTab = new OrderCasesTab(
        m_db, [this] { return clues(); }, m_tabs);
    m_tabs->addTab(orderTab, tr("&Order"));
    m_tabs->addTab(m_timelineTab, tr("&Timeline and deadlines"));
    m_tabs->addTab(m_historyTab, tr("&History"));
    const int casesIndex = m_tabs->addTab(m_casesTab, tr("C&ases"));
    m_equipmentTab = new OrderEquipmentTab(m_db, m_tabs);
    const int equipmentIndex = m_tabs->addTab(m_equipmentTab, tr("E&quipment"));
    m_tabs->setTabEnabled(equipmentIndex, !m_isNew);
    // A wait for a broken piece moves the deadlines the timeline shows.
    connect(m_equipmentTab, &OrderEquipmentTab::waitsChanged, this, &OrderDialog::reload);
    // The count of the cases that fit says there is help before the tab is opened.
    connect(m_casesTab, &OrderCasesTab::suggestionsChanged, this, [this, casesIndex](int n) {
        m_tabs->setTabText(casesIndex, n > 0 ? tr("C&ases (%1)").arg(n) : tr("C&ases"));
    });
    // Opened, it follows what the form says now (a fault code just chosen, a model typed).
    connect(m_tabs, &QTabWidget::currentChanged, this, [this, casesIndex](int index) {
        if (index == casesIndex)
            m_casesTab->refresh();
    });
    m_tabs->setTabEnabled(1, !m_isNew);
    m_tabs->setTabEnabled(2, !m_isNew);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    if (!m_isNew) {
        // The order as saved (the history and timeline are the workbook's).
        QPushButton *print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
        print->setObjectName(QStringLiteral("orderPrint"));
        connect(print, &QPushButton::clicked, this, [this] {
            const QString html = OrderPrintout::html(m_details);
            PrintPreview::show(this, windowTitle(), [&html](QPrinter *printer) {
                PrintPreview::printHtml(printer, html);
            });
        });
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    resize(760, 640);
    fill();
}

void OrderDialog::reload()
{
    auto details = OrderDetails::load(m_db, m_details.order.id);
    if (!details)
        return showError(this, windowTitle(), details.error());
    m_details = std::move(*details);
    fill();
    emit orderChanged();
}

std::vector<std::pair<OrderWorkflow::Step, QString>> OrderDialog::takenSteps() const
{
    std::vector<std::pair<OrderWorkflow::Step, QString>> steps;
    if (!m_steps)
        return steps;
    for (int i = 0; i < m_steps->index(); ++i) {
        const auto *c = static_cast<const FlowStepCommand *>(m_steps->command(i));
        steps.emplace_back(c->step(), c->what());
    }
    return steps;
}

void OrderDialog::reject()
{
    // Cancel leaves the order as it was opened: the steps taken here are undone, newest first.
    if (m_steps && m_steps->index() > 0)
        m_steps->setIndex(0);
    QDialog::reject();
}

void OrderDialog::buildOrderTab(QWidget *tab)
{
    m_orderNo = new QLineEdit(tab);
    m_orderNo->setObjectName(QStringLiteral("orderNoEdit"));
    m_orderNoProblem = problemLabel(tab, QStringLiteral("orderNoProblem"));
    m_channel = new QComboBox(tab);
    for (Channel c : allChannels)
        m_channel->addItem(FlowNames::label(c), static_cast<int>(c));
    m_priority = new QComboBox(tab);
    for (Priority p : allPriorities)
        m_priority->addItem(FlowNames::label(p), static_cast<int>(p));
    m_category = new QLineEdit(tab);
    m_category->setObjectName(QStringLiteral("categoryEdit"));
    m_product = new QLineEdit(tab);
    m_product->setObjectName(QStringLiteral("productEdit"));
    m_complaint = new QCheckBox(tr("The customer complained"), tab);
    m_technician = new QComboBox(tab);
    m_technician->addItem(tr("(none)"), QVariant());
    if (auto staff = org::StaffRepository(m_db).list())
        for (const org::StaffMember &m : *staff)
            if (m.role == org::Role::TechnicalSupport &&
                (m.active || m.id == m_details.order.technicianId.value_or(0)))
                m_technician->addItem(m.code + QLatin1Char(' ') + m.name, m.id);
    m_customer = new CustomerFields(m_db, tab);
    m_customer->setObjectName(QStringLiteral("customerFields"));
    // -1, shown as "not in the data", is a count the order's file never gave (KPI.md).
    m_visits = new QSpinBox(tab);
    m_visits->setRange(-1, 99);
    m_visits->setSpecialValueText(kpi::KpiCatalogue::notInDataText());
    m_reopened = new QSpinBox(tab);
    m_reopened->setRange(-1, 99);
    m_reopened->setSpecialValueText(kpi::KpiCatalogue::notInDataText());
    m_description = new QPlainTextEdit(tab);
    m_description->setMaximumHeight(60);
    // The fault found at diagnosis, from head office's list: typed by code or name, any part.
    m_faultCode = new QComboBox(tab);
    m_faultCode->setObjectName(QStringLiteral("faultCodeBox"));
    m_faultCode->setEditable(true);
    m_faultCode->setInsertPolicy(QComboBox::NoInsert);
    m_faultCode->completer()->setFilterMode(Qt::MatchContains);
    m_faultCode->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_faultCode->addItem(tr("(not diagnosed yet)"), QString());
    if (auto faults = org::FaultCatalogue(m_db).load())
        for (const org::FaultCode &c : faults->codes)
            m_faultCode->addItem(c.group.isEmpty() ? tr("%1 %2").arg(c.code, c.name)
                                                   : tr("%1 %2 — %3").arg(c.code, c.name, c.group),
                                 c.code);

    auto *form = new QFormLayout;
    auto *orderNoBox = new QVBoxLayout;
    orderNoBox->addWidget(m_orderNo);
    orderNoBox->addWidget(m_orderNoProblem);
    auto *orderNoLabel = new QLabel(tr("Order &id:"), tab);
    orderNoLabel->setBuddy(m_orderNo); // addRow(QString, QLayout*) would make a label without one
    form->addRow(orderNoLabel, orderNoBox);
    form->addRow(tr("Cha&nnel:"), m_channel);
    form->addRow(tr("&Priority:"), m_priority);
    form->addRow(tr("Cate&gory:"), m_category);
    auto *productBox = new QVBoxLayout;
    productBox->addWidget(m_product);
    auto *productNote = new QLabel(tab);
    productBox->addWidget(productNote);
    auto *productLabel = new QLabel(tr("Pro&duct:"), tab);
    productLabel->setBuddy(m_product);
    form->addRow(productLabel, productBox);
    new ProductFields(m_db, m_category, m_product, productNote, this);
    auto *customerLabel = new QLabel(tr("Cu&stomer:"), tab);
    customerLabel->setBuddy(m_customer);
    form->addRow(customerLabel, m_customer);
    form->addRow(tr("Te&chnician:"), m_technician);
    form->addRow(QString(), m_complaint);
    auto *counts = new QHBoxLayout;
    counts->addWidget(new QLabel(tr("Visits:"), tab));
    counts->addWidget(m_visits);
    counts->addSpacing(16);
    counts->addWidget(new QLabel(tr("Reopened:"), tab));
    counts->addWidget(m_reopened);
    counts->addStretch();
    form->addRow(QString(), counts);
    form->addRow(tr("Fa&ult:"), m_description);
    form->addRow(tr("Fault cod&e:"), m_faultCode);

    auto *times = new QGroupBox(tr("Stage times"), tab);
    auto *grid = new QGridLayout(times);
    const QString names[7] = {tr("Received"),        tr("Responded"),   tr("Analysed"),
                              tr("Solution agreed"), tr("Implemented"), tr("Followed up"),
                              tr("Closed")};
    for (int i = 0; i < 7; ++i) {
        m_timeSet[static_cast<std::size_t>(i)] = new QCheckBox(names[i], times);
        auto *edit = new QDateTimeEdit(times);
        // Qt 6.4's editor has no time zone: it shows the branch's wall-clock time as if UTC,
        // and LocalTime converts both ways.
        edit->setTimeSpec(Qt::UTC);
        DateText::format(edit, DateText::Edit::DateTime);
        edit->setCalendarPopup(true);
        m_times[static_cast<std::size_t>(i)] = edit;
        edit->setObjectName(QStringLiteral("timeEdit%1").arg(i));
        m_timeSet[static_cast<std::size_t>(i)]->setObjectName(QStringLiteral("timeSet%1").arg(i));
        grid->addWidget(m_timeSet[static_cast<std::size_t>(i)], i / 2, (i % 2) * 2);
        grid->addWidget(edit, i / 2, (i % 2) * 2 + 1);
        connect(m_timeSet[static_cast<std::size_t>(i)], &QCheckBox::toggled, edit,
                &QWidget::setEnabled);
    }
    m_timeSet[0]->setEnabled(false); // every order has been received
    m_stageProblem = problemLabel(times, QStringLiteral("stageProblem"));
    grid->addWidget(m_stageProblem, 4, 0, 1, 4);

    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(form);
    layout->addWidget(times);
    layout->addStretch();
}

void OrderDialog::fill()
{
    const ServiceOrder &o = m_details.order;
    const QTimeZone zone(m_details.timeZone.toUtf8());
    m_orderNo->setText(o.orderNo);
    m_channel->setCurrentIndex(m_channel->findData(static_cast<int>(o.channel)));
    m_priority->setCurrentIndex(m_priority->findData(static_cast<int>(o.priority)));
    m_category->setText(o.category);
    m_product->setText(o.product);
    m_complaint->setChecked(o.complaint);
    m_technician->setCurrentIndex(o.technicianId ? qMax(0, m_technician->findData(*o.technicianId))
                                                 : 0);
    m_customer->setCustomer(m_details.customer);
    m_visits->setValue(o.knows(ServiceOrder::VisitsUnknown) ? o.visits : -1);
    m_reopened->setValue(o.knows(ServiceOrder::ReopenedUnknown) ? o.reopened : -1);
    m_description->setPlainText(o.description);
    // A code the list no longer has (or a pack brought) is kept and shown as it is.
    if (!o.faultCode.isEmpty() && m_faultCode->findData(o.faultCode) < 0)
        m_faultCode->addItem(tr("%1 (not in the fault list)").arg(o.faultCode), o.faultCode);
    m_faultCode->setCurrentIndex(std::max(0, m_faultCode->findData(o.faultCode)));

    const std::optional<qint64> values[7] = {
        o.times.received,    o.times.responded,  o.times.analysed, o.times.solution,
        o.times.implemented, o.times.followedUp, o.times.closed};
    for (int i = 0; i < 7; ++i) {
        const auto idx = static_cast<std::size_t>(i);
        const qint64 t = values[i].value_or(m_db.clock().nowSecsSinceEpoch());
        const QDateTime wall = LocalTime(zone).localDateTime(t);
        m_times[idx]->setDateTime(QDateTime(wall.date(), wall.time(), Qt::UTC));
        m_timeSet[idx]->setChecked(values[i].has_value());
        m_times[idx]->setEnabled(values[i].has_value());
    }

    m_casesTab->setOrder(o);
    m_equipmentTab->setOrder(o, LocalTime(zone));
    if (m_isNew)
        return;
    m_timelineTab->show(m_details);
    m_historyTab->show(m_details);
}

knowledge::OrderClues OrderDialog::clues() const
{
    knowledge::OrderClues c;
    if (auto lists = org::ProductCatalogue(m_db).load()) {
        const org::ProductMatch match = org::ProductMatcher(*lists).model(m_product->text());
        if (match.matched())
            c.model = match.target;
    }
    c.faultCode = m_faultCode->currentData().toString();
    c.description = m_description->toPlainText().trimmed();
    return c;
}

ServiceOrder OrderDialog::edited() const
{
    ServiceOrder o = m_details.order;
    o.orderNo = m_orderNo->text().trimmed();
    o.channel = static_cast<Channel>(m_channel->currentData().toInt());
    o.priority = static_cast<Priority>(m_priority->currentData().toInt());
    o.category = m_category->text().trimmed();
    o.product = m_product->text().trimmed();
    o.complaint = m_complaint->isChecked();
    o.technicianId = m_technician->currentData().isValid()
                         ? std::optional<qint64>(m_technician->currentData().toLongLong())
                         : std::nullopt;
    if (m_visits->value() >= 0) {
        o.visits = m_visits->value();
        o.unknownInputs &= ~ServiceOrder::VisitsUnknown;
    }
    if (m_reopened->value() >= 0) {
        o.reopened = m_reopened->value();
        o.unknownInputs &= ~ServiceOrder::ReopenedUnknown;
    }
    o.description = m_description->toPlainText().trimmed();
    // The text typed must be one of the list's entries; anything else keeps the code chosen.
    const int fault = m_faultCode->findText(m_faultCode->currentText());
    o.faultCode =
        m_faultCode->itemData(fault >= 0 ? fault : m_faultCode->currentIndex()).toString();
    std::optional<qint64> *targets[7] = {
        nullptr,           &o.times.responded,   &o.times.analysed,
        &o.times.solution, &o.times.implemented, &o.times.followedUp,
        &o.times.closed};
    const LocalTime local = LocalTime::inZone(m_details.timeZone);
    auto utc = [&](const QDateTimeEdit *edit) {
        const QDateTime wall = edit->dateTime();
        return local.toUtc(wall.date(), wall.time());
    };
    o.times.received = utc(m_times[0]);
    for (int i = 1; i < 7; ++i) {
        const auto idx = static_cast<std::size_t>(i);
        *targets[i] =
            m_timeSet[idx]->isChecked() ? std::optional<qint64>(utc(m_times[idx])) : std::nullopt;
    }
    if (o.times.closed)
        o.status = OrderStatus::Closed;
    else if (o.status == OrderStatus::Closed)
        o.status = OrderStatus::Open;
    // A response time entered by hand becomes known; untouched, one the file never had stays
    // unknown (KPI.md).
    const ServiceOrder &stored = m_details.order;
    if (o.times.responded != stored.times.responded)
        o.unknownInputs &= ~ServiceOrder::ResponseUnknown;
    return o;
}

bool OrderDialog::customerEdited() const
{
    const CustomerRepository::FormInput in = m_customer->input();
    const std::optional<Customer> &had = m_details.customer;
    return in.picked || in.typed.name != (had ? had->name : QString()) ||
           in.typed.phone != (had ? had->phone : QString()) ||
           in.typed.address != (had ? had->address : QString());
}

QString OrderDialog::stageProblem() const
{
    return m_stageProblem && !m_stageProblem->isHidden() ? m_stageProblem->text() : QString();
}

void OrderDialog::accept()
{
    if (!m_loaded) {
        QDialog::reject();
        return;
    }
    const ServiceOrder o = edited();
    m_orderNoProblem->hide();
    m_stageProblem->hide();
    if (o.orderNo.isEmpty()) {
        m_orderNoProblem->setText(tr("An order needs an order id."));
        m_orderNoProblem->show();
        m_tabs->setCurrentIndex(0);
        m_orderNo->setFocus();
        return;
    }
    // Core says what is wrong with the stage times; show it where they are.
    if (auto s = OrderRepository::validate(o); !s) {
        m_stageProblem->setText(s.error().message);
        m_stageProblem->show();
        m_tabs->setCurrentIndex(0);
        return;
    }
    ServiceOrder saved = o;
    m_fieldsChanged = m_isNew || o != m_details.order || customerEdited();
    if (!m_fieldsChanged) {
        m_saved = saved;
        QDialog::accept();
        return;
    }
    // The customer and the order, together or not at all.
    WriteTransaction tx(m_db);
    Status s = tx.status();
    if (s) {
        if (auto customer = CustomerRepository(m_db).assign(m_customer->input()))
            saved.customerId = *customer;
        else
            s = customer.error();
    }
    if (s)
        s = m_isNew ? OrderRepository(m_db).insert(saved)
                    : OrderRepository(m_db).update(saved, m_details.order);
    if (s)
        s = tx.commit();
    if (!s) {
        if (s.error().kind == ErrorKind::Conflict) {
            m_orderNoProblem->setText(s.error().message);
            m_orderNoProblem->show();
            m_tabs->setCurrentIndex(0);
            return;
        }
        showError(this, tr("Save Order"), s.error());
        return;
    }
    m_saved = saved;
    QDialog::accept();
}

} // namespace servicelens::ui
