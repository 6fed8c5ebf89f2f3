// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The work of one `import events` run (EventImporter is its face to the import frame): the
// columns of an event log, and what is kept of the order whose rows are being read.

#include "Customer.h"
#include "ImportBranches.h"
#include "OrderEventLog.h"
#include "OrderRepository.h"
#include "io/CsvImport.h"
#include "io/ImportTypes.h"
#include "org/StaffDirectory.h"

#include <QHash>

#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace servicelens {
class FastQuery;
}

namespace servicelens::flow {

namespace eventlog {

enum Column {
    OrderIdCol,
    BranchCol,
    AtCol,
    StateCol,
    ByCol,
    NoteCol,
    ReceivedCol,
    PriorityCol,
    CategoryCol,
    ProductCol,
    ChannelCol,
    TechnicianCol,
    CustomerCol,
    PhoneCol,
    DescriptionCol,
    DueCol,
    ColumnCount
};

// The order columns a row (or the latest row of an order) gives; absent ones stay as stored.
// An inner nullopt is an emptied technician or deadline.
struct OrderColumns {
    std::optional<qint64> received;
    std::optional<Priority> priority;
    std::optional<Channel> channel;
    std::optional<std::optional<qint64>> technician;
    std::optional<QString> category, product, description, customer, phone;
    std::optional<std::optional<qint64>> dueAt;
};

// The rows of one order read one after another (a log lists an order's events together).
struct Block {
    bool active = false;
    const Branch *branch = nullptr;
    QString orderNo;
    std::optional<qint64> orderId;      // stored before this block
    std::optional<qint64> storedLatest; // the latest event stored before the block
    std::vector<OrderEvent> fresh;      // a new order's events, written when the block ends
    bool changed = false;               // a stored order: the block added events
    std::optional<qint64> valuesAt;     // when the kept order columns were written
    OrderColumns values;
};

} // namespace eventlog

// One import of an event log. Orders new to the workbook are written whole when their block of
// rows ends (one insert each); the events of stored orders are added as they come, and those
// orders derived again from their whole history at the end, from a temporary table of the
// orders touched (on disk with the workbook's temporary files, so memory stays flat).
class EventImport {
public:
    EventImport(Database &db, const io::CsvImport &frame);

    ~EventImport();

    Status prepare();
    Result<io::CsvImport::Outcome> handle(io::CsvImport::Row &row);
    Status finish(const io::ImportSummary &summary);
    QStringList notes() const;

private:
    void parseColumns(io::CsvImport::Row &row, const Branch &branch, eventlog::OrderColumns &v,
                      QString &newTechnician);
    Status start(const Branch &branch, const QString &orderNo);
    Status flush();
    Status createOrder();
    Status touchStored();
    Status apply(ServiceOrder &o, const eventlog::OrderColumns &v,
                 std::optional<qint64> firstEvent);
    Status rederive(qint64 orderId, const eventlog::OrderColumns &v);

    Database &m_db;
    const io::CsvImport &m_frame;
    OrderRepository m_orders;
    CustomerRepository m_customers;
    org::StaffDirectory m_people;
    OrderEventLog m_log;
    ImportBranches m_branches;
    QHash<QString, std::optional<Priority>> m_priorities;
    QHash<QString, std::optional<Channel>> m_channels;
    std::unique_ptr<FastQuery> m_touch;     // a stored order touched by the file
    std::unique_ptr<FastQuery> m_setLatest; // its latest row's order columns
    eventlog::Block m_block;
    static constexpr std::size_t maxUnmappedStates = 200;
    std::map<QString, qint64> m_unmapped; // source state -> rows (a log has a handful)
    qint64 m_otherUnmapped = 0;           // rows of states beyond the first 200
    qint64 m_ignored = 0;
    qint64 m_ordersCreated = 0;
    qint64 m_ordersUpdated = 0;
    qint64 m_receivedAfterFirstEvent = 0; // orders whose received_at trails their first event
    bool m_hasValues = false;             // the file has order columns
};

} // namespace servicelens::flow
