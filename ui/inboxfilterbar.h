#pragma once

#include "inbox/inboxfilter.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace Coach {

//! The inbox's filters (InboxFilter) as a compact form. Edits are collected
//! for a moment and then announced once (filterChanged), so typing a text
//! does not filter 20,000 conversations per key.
class InboxFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxFilterBar)

public:
    explicit InboxFilterBar(QWidget *parent = nullptr);

    InboxFilter filter() const;
    //! Shows a filter (e.g. the project's saved one) without announcing it.
    void setFilter(const InboxFilter &filter);
    //! How long edits are collected; 0 announces each edit at once (tests).
    void setDelay(int milliseconds) { m_timer.setInterval(milliseconds); }

    QLineEdit *intentsEdit() const { return m_intents; }
    QLineEdit *actionsEdit() const { return m_actions; }
    QLineEdit *textEdit() const { return m_text; }
    QLineEdit *tagsEdit() const { return m_tags; }
    QDoubleSpinBox *belowBox() const { return m_below; }
    QCheckBox *belowCheck() const { return m_belowOn; }
    QDateTimeEdit *sinceEdit() const { return m_since; }
    QCheckBox *sinceCheck() const { return m_sinceOn; }
    QDateTimeEdit *untilEdit() const { return m_until; }
    QCheckBox *untilCheck() const { return m_untilOn; }
    QSpinBox *minTurnsBox() const { return m_minTurns; }
    QComboBox *reviewBox() const { return m_review; }

Q_SIGNALS:
    void filterChanged(const Coach::InboxFilter &filter);

private:
    void createFields();
    void layoutFields();
    void watch();
    void schedule();

    QLineEdit *m_intents = nullptr;
    QLineEdit *m_actions = nullptr;
    QLineEdit *m_text = nullptr;
    QLineEdit *m_tags = nullptr;
    QCheckBox *m_belowOn = nullptr;
    QDoubleSpinBox *m_below = nullptr;
    QCheckBox *m_sinceOn = nullptr;
    QDateTimeEdit *m_since = nullptr;
    QCheckBox *m_untilOn = nullptr;
    QDateTimeEdit *m_until = nullptr;
    QSpinBox *m_minTurns = nullptr;
    QComboBox *m_review = nullptr;
    QTimer m_timer;
    bool m_loading = false;
};

} // namespace Coach
