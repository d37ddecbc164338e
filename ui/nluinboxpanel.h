#pragma once

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QLabel;
class QTableView;

namespace Coach {

class ChoiceList;
class InboxService;
class NluInboxModel;
class SessionDocument;

//! The NLU inbox, keyboard first (as Rasa X's): Enter or C marks the
//! prediction correct, 1–9 pick an intent of the ranking, I moves to the
//! intent list to choose another (type to filter, Enter), Delete or D
//! deletes the text, ↓/J and ↑/K move. Each decision moves on to the next
//! undecided text and is kept in the session; accepted texts go to the NLU
//! export with their intent.
class NluInboxPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NluInboxPanel)

public:
    explicit NluInboxPanel(InboxService *service, QWidget *parent = nullptr);

    void setDocument(SessionDocument *document);
    //! Reads the project's NLU files again and lists what is new.
    void rebuild();

    QTableView *view() const { return m_view; }
    ChoiceList *intentList() const { return m_intents; }
    NluInboxModel *model() const { return m_model; }

    void accept(int row, const QString &intent);
    void dismiss(int row);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool handleKey(QKeyEvent *event);
    void onCurrentChanged();
    void onEventLoaded(qint64 rowId, const QJsonObject &event);
    void showChoices(const QJsonObject &parseData);
    void moveOn(int row);
    int currentRow() const;
    QStringList domainIntents() const;

    QPointer<InboxService> m_service;
    QPointer<SessionDocument> m_document;
    NluInboxModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    ChoiceList *m_intents = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace Coach
