// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inspection/Inspection.h"

#include <QStackedWidget>

#include <optional>

class QButtonGroup;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace servicelens {
class Database;
}

namespace servicelens::ui {

// The answer to one inspection item, one page per item type: pass/fail/n-a buttons, a 1-5
// rating, a number with its accepted range, free text, or photos. It shows an answer and
// reports each choice the moment it is made (the form saves it); photos it adds and removes
// itself, since they are stored apart from the answer.
class AnswerPages final : public QStackedWidget {
    Q_OBJECT

public:
    AnswerPages(Database &db, QWidget *parent = nullptr);

    // Shows `answer` to `item` of inspection `inspectionId`; photos can change in a draft.
    void show(qint64 inspectionId, const inspection::TemplateItem &item,
              const inspection::Answer &answer, bool draft);
    // The keyboard goes to the control that takes the answer.
    void focusAnswer(inspection::ItemType type);
    // The text as typed; the save it was waiting for is no longer due (the caller saves it).
    QString settledText();
    // The number being typed, when the spin box has the keys and holds a valid value.
    std::optional<double> numberBeingTyped() const;

    // How an answer reads in a list ("Pass", "4 / 5", "Noted").
    static QString describe(const inspection::Answer &answer, const inspection::TemplateItem &item);

signals:
    void passFailChosen(std::optional<bool> passed); // nullopt: n/a
    void ratingChosen(int rating);                   // 0: n/a
    void numberEntered(double value);
    void numberNotApplicable();
    void textSettled(); // typing paused: time to save the text
    void photosChanged();

private:
    QWidget *buildPassFailPage();
    QWidget *buildRatingPage();
    QWidget *buildNumberPage();
    QWidget *buildPhotoPage();
    void showPhotos(qint64 itemId);
    void addPhotos();
    void viewPhoto(QListWidgetItem *entry);
    void removePhoto();

    Database &m_db;
    qint64 m_inspectionId = 0;
    qint64 m_itemId = 0;
    bool m_draft = false;
    bool m_loading = false;
    QButtonGroup *m_passGroup;
    QButtonGroup *m_ratingGroup;
    QDoubleSpinBox *m_number;
    QLabel *m_range;
    QPushButton *m_numberNa;
    QPlainTextEdit *m_text;
    QTimer *m_textTimer;
    QListWidget *m_photos;
    QPushButton *m_addPhotos;
};

} // namespace servicelens::ui
