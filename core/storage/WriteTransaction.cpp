// SPDX-License-Identifier: GPL-3.0-or-later
#include "WriteTransaction.h"

#include "Database.h"

namespace servicelens {

namespace {
QByteArray savepointName(int level)
{
    return "sl_sp" + QByteArray::number(level);
}
} // namespace

WriteTransaction::WriteTransaction(Database &db)
    : m_db(db)
{
    m_level = db.transactionDepth() + 1;
    m_begun = m_level == 1 ? db.execScript(db.beginWriting())
                           : db.execScript("SAVEPOINT " + savepointName(m_level));
    m_active = m_begun.ok();
    if (m_active)
        db.setTransactionDepth(m_level);
}

WriteTransaction::~WriteTransaction()
{
    rollback();
}

Status WriteTransaction::commit()
{
    if (!m_active)
        return m_begun.ok() ? Status(makeError(ErrorKind::Database,
                                               QStringLiteral("transaction already finished")))
                            : m_begun;
    Q_ASSERT(m_db.transactionDepth() == m_level);
    Status s = m_level == 1 ? m_db.execScript("COMMIT")
                            : m_db.execScript("RELEASE " + savepointName(m_level));
    if (!s) {
        rollback();
        return s;
    }
    m_active = false;
    m_db.setTransactionDepth(m_level - 1);
    return {};
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    if (m_level == 1) {
        (void)m_db.execScript("ROLLBACK");
    } else {
        const QByteArray name = savepointName(m_level);
        (void)m_db.execScript("ROLLBACK TO " + name + "; RELEASE " + name);
    }
    m_db.setTransactionDepth(m_level - 1);
}

} // namespace servicelens
