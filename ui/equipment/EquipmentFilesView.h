// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/LocalTime.h"
#include "equipment/EquipmentFiles.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;
class QTemporaryDir;

namespace servicelens {
class Database;
}

namespace servicelens::ui {

// The chosen piece's documents and photos (设备台账的资料与照片): added from files, a photo shown
// when chosen, opened with the system's viewer from a private temporary folder (removed when
// ServiceLens closes), saved elsewhere, or removed.
class EquipmentFilesView final : public QWidget {
    Q_OBJECT

public:
    explicit EquipmentFilesView(QWidget *parent = nullptr);
    ~EquipmentFilesView() override;

    // The piece's files; none: nothing chosen.
    void showPiece(Database *db, std::optional<qint64> equipmentId, bool editable,
                   const LocalTime &local);
    // The buttons' work, for tests to drive without the file dialogs (`path` empty: asks).
    void addFile(QString path = QString());
    void saveAs(QString path = QString());
    void removeChosen();
    // Writes the chosen file into the private folder; returns its path (empty on failure).
    QString openChosen(bool launch = true);

    QTableWidget *table() const { return m_table; }
    QLabel *preview() const { return m_preview; }
    int count() const { return int(m_files.size()); }

signals:
    void changed();

private:
    std::optional<equipment::EquipmentFile> chosen() const;
    void showPreview();

    Database *m_db = nullptr;
    std::optional<qint64> m_equipmentId;
    bool m_editable = false;
    std::vector<equipment::EquipmentFile> m_files;
    QTableWidget *m_table;
    QLabel *m_preview;
    QPushButton *m_add;
    QPushButton *m_open;
    QPushButton *m_save;
    QPushButton *m_remove;
    std::unique_ptr<QTemporaryDir> m_opened; // made on the first Open
};

} // namespace servicelens::ui
