// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "org/ProductLists.h"
#include "org/ProductMatcher.h"

#include <QObject>

class QLabel;
class QLineEdit;

namespace servicelens {
class Database;
}

namespace servicelens::ui {

// The order form's category and product boxes with head office's lists behind them: both
// offer the list's entries as they are typed (models by code or name, anywhere in the text),
// a model chosen fills an empty category with its own, and a note under the product says what
// the text counts as at head office ("XQB80 · 洗衣机", "not in the product list", several models).
// The text stays as typed: a branch may write what it likes, and head office maps it.
class ProductFields final : public QObject {
    Q_OBJECT

public:
    ProductFields(Database &db, QLineEdit *category, QLineEdit *product, QLabel *note,
                  QObject *parent = nullptr);

    void describe(); // the note, for the product text as it stands

private:
    org::ProductLists m_lists;
    org::ProductMatcher m_matcher;
    QLineEdit *m_category;
    QLineEdit *m_product;
    QLabel *m_note;
};

} // namespace servicelens::ui
