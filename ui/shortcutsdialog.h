#pragma once

#include <QDialog>
#include <QKeySequence>

class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace Coach {

//! Help → Keyboard Shortcuts: every action of a window that has a shortcut,
//! with the menu it lives in, filtered as the user types. The list is read
//! from the window's actions when the dialog opens, so it cannot drift from
//! what the keys really do (including translated shortcuts).
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    struct Entry
    {
        QString command; //!< the action's text without accelerator marks
        QString shortcut; //!< all its shortcuts, in the platform's notation
        QString menu; //!< the menu that shows it, or empty
    };

    enum Column { CommandColumn, ShortcutColumn, MenuColumn, ColumnCount };

    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);

    //! The actions of `window` and its children that have a shortcut,
    //! in menu order; duplicates (same text and keys) once.
    static QList<Entry> collect(const QWidget *window);

    QLineEdit *filterEdit() const { return m_filter; }
    QTableView *view() const { return m_view; }
    //! Rows visible with the current filter.
    int visibleCount() const;

private:
    void fill(const QList<Entry> &entries);

    QLineEdit *m_filter = nullptr;
    QTableView *m_view = nullptr;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
};

} // namespace Coach
