# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lookup_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QLineEdit,
    QTableView, QVBoxLayout, QWidget)

class Ui_LookupPage(object):
    def setupUi(self, LookupPage):
        if not LookupPage.objectName():
            LookupPage.setObjectName(u"LookupPage")
        LookupPage.resize(1000, 600)
        self.pageLayout = QVBoxLayout(LookupPage)
        self.pageLayout.setSpacing(6)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(12, 10, 12, 8)
        self.queryRow = QHBoxLayout()
        self.queryRow.setSpacing(8)
        self.queryRow.setObjectName(u"queryRow")
        self.findLabel = QLabel(parent=LookupPage)
        self.findLabel.setObjectName(u"findLabel")

        self.queryRow.addWidget(self.findLabel)

        self.queryEdit = QLineEdit(parent=LookupPage)
        self.queryEdit.setObjectName(u"queryEdit")
        self.queryEdit.setProperty("inputMethodHints", "ImhNoAutoUppercase|ImhNoPredictiveText")
        self.queryEdit.setMaxLength(1000)
        self.queryEdit.setClearButtonEnabled(True)

        self.queryRow.addWidget(self.queryEdit)

        self.kindLabel = QLabel(parent=LookupPage)
        self.kindLabel.setObjectName(u"kindLabel")
        self.kindLabel.setMinimumSize(QSize(180, 0))
        self.kindLabel.setProperty("textFormat", "PlainText")

        self.queryRow.addWidget(self.kindLabel)


        self.pageLayout.addLayout(self.queryRow)

        self.messageLabel = QLabel(parent=LookupPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setProperty("textFormat", "PlainText")
        self.messageLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.messageLabel)

        self.resultsView = QTableView(parent=LookupPage)
        self.resultsView.setObjectName(u"resultsView")
        self.resultsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.resultsView.setTabKeyNavigation(False)
        self.resultsView.setAlternatingRowColors(True)
        self.resultsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.resultsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.resultsView.setShowGrid(False)
        self.resultsView.setSortingEnabled(False)
        self.resultsView.setWordWrap(False)
        self.resultsView.horizontalHeader().setHighlightSections(False)
        self.resultsView.horizontalHeader().setStretchLastSection(True)
        self.resultsView.verticalHeader().setVisible(False)
        self.resultsView.verticalHeader().setMinimumSectionSize(20)
        self.resultsView.verticalHeader().setDefaultSectionSize(26)

        self.pageLayout.addWidget(self.resultsView)

        self.resultCountLabel = QLabel(parent=LookupPage)
        self.resultCountLabel.setObjectName(u"resultCountLabel")
        self.resultCountLabel.setProperty("textFormat", "PlainText")

        self.pageLayout.addWidget(self.resultCountLabel)

#if QT_CONFIG(shortcut)
        self.findLabel.setBuddy(self.queryEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.queryEdit, self.resultsView)

        self.retranslateUi(LookupPage)

        QMetaObject.connectSlotsByName(LookupPage)
    # setupUi

    def retranslateUi(self, LookupPage):
        LookupPage.setWindowTitle(QCoreApplication.translate("LookupPage", u"Find member", None))
        self.findLabel.setText(QCoreApplication.translate("LookupPage", u"Fi&nd:", None))
#if QT_CONFIG(tooltip)
        self.queryEdit.setToolTip(QCoreApplication.translate("LookupPage", u"Type a member number, name, e-mail, phone number, e-ticket number or booking code. Ctrl+L jumps here from anywhere; Enter or \u2193 picks from the results.", None))
#endif // QT_CONFIG(tooltip)
        self.queryEdit.setPlaceholderText(QCoreApplication.translate("LookupPage", u"Member number, name, e-mail, phone, e-ticket or booking code", None))
#if QT_CONFIG(tooltip)
        self.kindLabel.setToolTip(QCoreApplication.translate("LookupPage", u"What the search box recognised in your input", None))
#endif // QT_CONFIG(tooltip)
        self.kindLabel.setText("")
        self.messageLabel.setText("")
#if QT_CONFIG(tooltip)
        self.resultsView.setToolTip(QCoreApplication.translate("LookupPage", u"Search results: \u2191/\u2193 moves, Enter opens the selected member, Ctrl+L goes back to the search box.", None))
#endif // QT_CONFIG(tooltip)
        self.resultCountLabel.setText("")
    # retranslateUi

