#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace Coach {

struct Choice;
class ChoiceFilterModel;
class ChoiceListModel;

//! A keyboard-first pick list (intents, actions): typing filters, the
//! digits 1–9 pick a visible row while the filter is empty (or only select
//! it, see setDigitsPick()), ↑/↓ move, Enter picks the current row, and when
//! the typed text matches no entry Enter offers to create it. Mouse: click
//! selects, double-click picks.
class ChoiceList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChoiceList)

public:
    explicit ChoiceList(QWidget *parent = nullptr);

    void setChoices(const QList<Choice> &choices, const QString &current = {});
    //! Text of the "create" button, with %1 for the typed name; empty hides it.
    void setCreateText(const QString &text);
    //! Whether a digit picks its row at once (default) or only selects it,
    //! leaving Enter to pick.
    void setDigitsPick(bool pick) { m_digitsPick = pick; }
    QString currentName() const;
    void setCurrentName(const QString &name);
    QString filterText() const;
    void setFilterText(const QString &text);
    //! Name of the n-th visible row (0-based), or empty.
    QString visibleName(int row) const;
    int visibleCount() const;
    QLineEdit *filterEdit() const { return m_filter; }
    QListView *view() const { return m_view; }

    void focusFilter();

Q_SIGNALS:
    //! The annotator picked an entry (Enter, digit or double-click).
    void chosen(const QString &name);
    //! The annotator asked to create an entry with the typed name.
    void createRequested(const QString &name);
    void currentChanged(const QString &name);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool handleKey(QKeyEvent *event);
    void moveCurrent(int delta);
    void pickCurrentOrCreate();
    void updateCreateButton();
    void selectFirstVisible();

    ChoiceListModel *m_model = nullptr;
    ChoiceFilterModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QListView *m_view = nullptr;
    QPushButton *m_create = nullptr;
    QString m_createText;
    bool m_digitsPick = true;
};

} // namespace Coach
