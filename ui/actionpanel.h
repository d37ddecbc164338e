#pragma once

#include "session/sessionquestions.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;

namespace Coach {

class ChoiceList;
class NewActionDialog;

//! The action question (spec §5.6) as an inline, keyboard-first panel:
//! Enter runs the predicted action; 1–9 or typing and Enter pick another
//! (predictions with their scores, actions created in this session);
//! Alt+A / Alt+R create a new action or `utter_` response. Typing a name
//! that is not in the list and pressing Enter creates it.
class ActionPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionPanel)

public:
    explicit ActionPanel(QWidget *parent = nullptr);

    void ask(const ActionQuestion &question);
    const ActionQuestion &question() const { return m_question; }
    //! Names a new action must not silently reuse (domain and session).
    void setKnownNames(const QStringList &names);

    ChoiceList *choiceList() const { return m_choices; }
    //! The dialog of "New action…"/"New response…" while it is open.
    NewActionDialog *openDialog() const { return m_dialog; }
    void focusDefault();

    void requestNewAction(const QString &name = {});
    void requestNewResponse(const QString &name = {});

Q_SIGNALS:
    void confirmed();
    void chosen(const QString &name);
    void actionCreated(const QString &name);
    void responseCreated(const QString &name, const QString &text);

private:
    void pick(const QString &name);
    void openNewDialog(int kind, const QString &name);
    void updateHeader();

    ActionQuestion m_question;
    QStringList m_knownNames;
    QLabel *m_header = nullptr;
    ChoiceList *m_choices = nullptr;
    NewActionDialog *m_dialog = nullptr;
};

} // namespace Coach
