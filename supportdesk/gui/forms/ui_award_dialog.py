# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'award_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtGui import (QFont)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QDialogButtonBox,
    QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_AwardDialog(object):
    def setupUi(self, AwardDialog):
        if not AwardDialog.objectName():
            AwardDialog.setObjectName(u"AwardDialog")
        AwardDialog.resize(720, 540)
        self.dialogLayout = QVBoxLayout(AwardDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(16, 14, 16, 12)
        self.memberLabel = QLabel(parent=AwardDialog)
        self.memberLabel.setObjectName(u"memberLabel")
        font = QFont()
        font.setBold(True)
        self.memberLabel.setFont(font)
        self.memberLabel.setProperty("textFormat", "PlainText")
        self.memberLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.memberLabel)

        self.searchBox = QGroupBox(parent=AwardDialog)
        self.searchBox.setObjectName(u"searchBox")
        self.searchLayout = QVBoxLayout(self.searchBox)
        self.searchLayout.setSpacing(6)
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchForm = QFormLayout()
        self.searchForm.setObjectName(u"searchForm")
        self.searchForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.searchForm.setProperty("labelAlignment", "AlignLeading|AlignLeft|AlignTop")
        self.searchForm.setHorizontalSpacing(12)
        self.searchForm.setVerticalSpacing(6)
        self.originLabel = QLabel(parent=self.searchBox)
        self.originLabel.setObjectName(u"originLabel")

        self.searchForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.originLabel)

        self.originField = QVBoxLayout()
        self.originField.setSpacing(2)
        self.originField.setObjectName(u"originField")
        self.originRow = QHBoxLayout()
        self.originRow.setSpacing(8)
        self.originRow.setObjectName(u"originRow")
        self.originEdit = QLineEdit(parent=self.searchBox)
        self.originEdit.setObjectName(u"originEdit")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.originEdit.sizePolicy().hasHeightForWidth())
        self.originEdit.setSizePolicy(sizePolicy)
        self.originEdit.setMinimumSize(QSize(70, 0))
        self.originEdit.setMaximumSize(QSize(70, 16777215))
        self.originEdit.setMaxLength(3)

        self.originRow.addWidget(self.originEdit)

        self.originName = QLabel(parent=self.searchBox)
        self.originName.setObjectName(u"originName")
        self.originName.setProperty("textFormat", "PlainText")
        self.originName.setWordWrap(True)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.originName.sizePolicy().hasHeightForWidth())
        self.originName.setSizePolicy(sizePolicy1)
        self.originName.setProperty(u"note", True)

        self.originRow.addWidget(self.originName)


        self.originField.addLayout(self.originRow)

        self.originError = QLabel(parent=self.searchBox)
        self.originError.setObjectName(u"originError")
        self.originError.setProperty("textFormat", "PlainText")
        self.originError.setWordWrap(True)

        self.originField.addWidget(self.originError)


        self.searchForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.originField)

        self.destinationLabel = QLabel(parent=self.searchBox)
        self.destinationLabel.setObjectName(u"destinationLabel")

        self.searchForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.destinationLabel)

        self.destinationField = QVBoxLayout()
        self.destinationField.setSpacing(2)
        self.destinationField.setObjectName(u"destinationField")
        self.destinationRow = QHBoxLayout()
        self.destinationRow.setSpacing(8)
        self.destinationRow.setObjectName(u"destinationRow")
        self.destinationEdit = QLineEdit(parent=self.searchBox)
        self.destinationEdit.setObjectName(u"destinationEdit")
        sizePolicy.setHeightForWidth(self.destinationEdit.sizePolicy().hasHeightForWidth())
        self.destinationEdit.setSizePolicy(sizePolicy)
        self.destinationEdit.setMinimumSize(QSize(70, 0))
        self.destinationEdit.setMaximumSize(QSize(70, 16777215))
        self.destinationEdit.setMaxLength(3)

        self.destinationRow.addWidget(self.destinationEdit)

        self.destinationName = QLabel(parent=self.searchBox)
        self.destinationName.setObjectName(u"destinationName")
        self.destinationName.setProperty("textFormat", "PlainText")
        self.destinationName.setWordWrap(True)
        sizePolicy1.setHeightForWidth(self.destinationName.sizePolicy().hasHeightForWidth())
        self.destinationName.setSizePolicy(sizePolicy1)
        self.destinationName.setProperty(u"note", True)

        self.destinationRow.addWidget(self.destinationName)


        self.destinationField.addLayout(self.destinationRow)

        self.destinationError = QLabel(parent=self.searchBox)
        self.destinationError.setObjectName(u"destinationError")
        self.destinationError.setProperty("textFormat", "PlainText")
        self.destinationError.setWordWrap(True)

        self.destinationField.addWidget(self.destinationError)


        self.searchForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.destinationField)

        self.dateLabel = QLabel(parent=self.searchBox)
        self.dateLabel.setObjectName(u"dateLabel")

        self.searchForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.whenField = QVBoxLayout()
        self.whenField.setSpacing(2)
        self.whenField.setObjectName(u"whenField")
        self.whenRow = QHBoxLayout()
        self.whenRow.setSpacing(6)
        self.whenRow.setObjectName(u"whenRow")
        self.dateEdit = QDateEdit(parent=self.searchBox)
        self.dateEdit.setObjectName(u"dateEdit")
        sizePolicy.setHeightForWidth(self.dateEdit.sizePolicy().hasHeightForWidth())
        self.dateEdit.setSizePolicy(sizePolicy)
        self.dateEdit.setMinimumSize(QSize(130, 0))
        self.dateEdit.setCalendarPopup(True)

        self.whenRow.addWidget(self.dateEdit)

        self.whenGap1 = QSpacerItem(12, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.whenRow.addItem(self.whenGap1)

        self.cabinLabel = QLabel(parent=self.searchBox)
        self.cabinLabel.setObjectName(u"cabinLabel")

        self.whenRow.addWidget(self.cabinLabel)

        self.cabinCombo = QComboBox(parent=self.searchBox)
        self.cabinCombo.setObjectName(u"cabinCombo")
        sizePolicy.setHeightForWidth(self.cabinCombo.sizePolicy().hasHeightForWidth())
        self.cabinCombo.setSizePolicy(sizePolicy)
        self.cabinCombo.setMinimumSize(QSize(160, 0))

        self.whenRow.addWidget(self.cabinCombo)

        self.whenGap2 = QSpacerItem(12, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.whenRow.addItem(self.whenGap2)

        self.passengersLabel = QLabel(parent=self.searchBox)
        self.passengersLabel.setObjectName(u"passengersLabel")

        self.whenRow.addWidget(self.passengersLabel)

        self.passengersEdit = QLineEdit(parent=self.searchBox)
        self.passengersEdit.setObjectName(u"passengersEdit")
        sizePolicy.setHeightForWidth(self.passengersEdit.sizePolicy().hasHeightForWidth())
        self.passengersEdit.setSizePolicy(sizePolicy)
        self.passengersEdit.setMinimumSize(QSize(44, 0))
        self.passengersEdit.setMaximumSize(QSize(44, 16777215))
        self.passengersEdit.setMaxLength(2)

        self.whenRow.addWidget(self.passengersEdit)

        self.whenSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.whenRow.addItem(self.whenSpacer)

        self.searchButton = QPushButton(parent=self.searchBox)
        self.searchButton.setObjectName(u"searchButton")
        self.searchButton.setAutoDefault(True)

        self.whenRow.addWidget(self.searchButton)


        self.whenField.addLayout(self.whenRow)

        self.dateError = QLabel(parent=self.searchBox)
        self.dateError.setObjectName(u"dateError")
        self.dateError.setProperty("textFormat", "PlainText")
        self.dateError.setWordWrap(True)

        self.whenField.addWidget(self.dateError)

        self.passengersError = QLabel(parent=self.searchBox)
        self.passengersError.setObjectName(u"passengersError")
        self.passengersError.setProperty("textFormat", "PlainText")
        self.passengersError.setWordWrap(True)

        self.whenField.addWidget(self.passengersError)


        self.searchForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.whenField)


        self.searchLayout.addLayout(self.searchForm)


        self.dialogLayout.addWidget(self.searchBox)

        self.previewLabel = QLabel(parent=AwardDialog)
        self.previewLabel.setObjectName(u"previewLabel")
        self.previewLabel.setProperty("textFormat", "PlainText")
        self.previewLabel.setWordWrap(True)
        self.previewLabel.setProperty("textInteractionFlags", "TextSelectableByMouse")

        self.dialogLayout.addWidget(self.previewLabel)

        self.needLabel = QLabel(parent=AwardDialog)
        self.needLabel.setObjectName(u"needLabel")
        self.needLabel.setProperty("textFormat", "PlainText")
        self.needLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.needLabel)

        self.flightsHeader = QHBoxLayout()
        self.flightsHeader.setSpacing(12)
        self.flightsHeader.setObjectName(u"flightsHeader")
        self.flightsLabel = QLabel(parent=AwardDialog)
        self.flightsLabel.setObjectName(u"flightsLabel")

        self.flightsHeader.addWidget(self.flightsLabel)

        self.flightsNote = QLabel(parent=AwardDialog)
        self.flightsNote.setObjectName(u"flightsNote")
        self.flightsNote.setProperty("textFormat", "PlainText")
        self.flightsNote.setWordWrap(True)
        sizePolicy1.setHeightForWidth(self.flightsNote.sizePolicy().hasHeightForWidth())
        self.flightsNote.setSizePolicy(sizePolicy1)

        self.flightsHeader.addWidget(self.flightsNote)


        self.dialogLayout.addLayout(self.flightsHeader)

        self.flightsView = QTableView(parent=AwardDialog)
        self.flightsView.setObjectName(u"flightsView")
        self.flightsView.setMinimumSize(QSize(0, 110))
        self.flightsView.setMaximumSize(QSize(16777215, 190))
        self.flightsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.flightsView.setTabKeyNavigation(False)
        self.flightsView.setAlternatingRowColors(True)
        self.flightsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.flightsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.flightsView.setShowGrid(False)
        self.flightsView.setWordWrap(False)
        self.flightsView.horizontalHeader().setHighlightSections(False)
        self.flightsView.horizontalHeader().setStretchLastSection(True)
        self.flightsView.verticalHeader().setVisible(False)
        self.flightsView.verticalHeader().setDefaultSectionSize(26)

        self.dialogLayout.addWidget(self.flightsView)

        self.resultBox = QFrame(parent=AwardDialog)
        self.resultBox.setObjectName(u"resultBox")
        self.resultLayout = QHBoxLayout(self.resultBox)
        self.resultLayout.setSpacing(16)
        self.resultLayout.setObjectName(u"resultLayout")
        self.resultLayout.setContentsMargins(12, 8, 12, 8)
        self.codeBlock = QVBoxLayout()
        self.codeBlock.setSpacing(0)
        self.codeBlock.setObjectName(u"codeBlock")
        self.codeCaption = QLabel(parent=self.resultBox)
        self.codeCaption.setObjectName(u"codeCaption")
        self.codeCaption.setProperty(u"note", True)

        self.codeBlock.addWidget(self.codeCaption)

        self.codeLabel = QLabel(parent=self.resultBox)
        self.codeLabel.setObjectName(u"codeLabel")
        self.codeLabel.setProperty("textFormat", "PlainText")
        self.codeLabel.setProperty("textInteractionFlags", "TextSelectableByMouse|TextSelectableByKeyboard")

        self.codeBlock.addWidget(self.codeLabel)


        self.resultLayout.addLayout(self.codeBlock)

        self.copyButton = QPushButton(parent=self.resultBox)
        self.copyButton.setObjectName(u"copyButton")
        self.copyButton.setAutoDefault(False)

        self.resultLayout.addWidget(self.copyButton)

        self.resultLabel = QLabel(parent=self.resultBox)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setProperty("textFormat", "PlainText")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setProperty("textInteractionFlags", "TextSelectableByMouse")
        sizePolicy1.setHeightForWidth(self.resultLabel.sizePolicy().hasHeightForWidth())
        self.resultLabel.setSizePolicy(sizePolicy1)

        self.resultLayout.addWidget(self.resultLabel)


        self.dialogLayout.addWidget(self.resultBox)

        self.errorLabel = QLabel(parent=AwardDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setProperty("textFormat", "PlainText")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty("textInteractionFlags", "TextSelectableByMouse")

        self.dialogLayout.addWidget(self.errorLabel)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setSpacing(8)
        self.bottomRow.setObjectName(u"bottomRow")
        self.progressLabel = QLabel(parent=AwardDialog)
        self.progressLabel.setObjectName(u"progressLabel")
        self.progressLabel.setProperty("textFormat", "PlainText")
        sizePolicy1.setHeightForWidth(self.progressLabel.sizePolicy().hasHeightForWidth())
        self.progressLabel.setSizePolicy(sizePolicy1)

        self.bottomRow.addWidget(self.progressLabel)

        self.buttonBox = QDialogButtonBox(parent=AwardDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setProperty("orientation", "Horizontal")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close|QDialogButtonBox.StandardButton.Ok)

        self.bottomRow.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.bottomRow)

#if QT_CONFIG(shortcut)
        self.originLabel.setBuddy(self.originEdit)
        self.destinationLabel.setBuddy(self.destinationEdit)
        self.dateLabel.setBuddy(self.dateEdit)
        self.cabinLabel.setBuddy(self.cabinCombo)
        self.passengersLabel.setBuddy(self.passengersEdit)
        self.flightsLabel.setBuddy(self.flightsView)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.originEdit, self.destinationEdit)
        QWidget.setTabOrder(self.destinationEdit, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.cabinCombo)
        QWidget.setTabOrder(self.cabinCombo, self.passengersEdit)
        QWidget.setTabOrder(self.passengersEdit, self.searchButton)
        QWidget.setTabOrder(self.searchButton, self.flightsView)
        QWidget.setTabOrder(self.flightsView, self.copyButton)

        self.retranslateUi(AwardDialog)

        QMetaObject.connectSlotsByName(AwardDialog)
    # setupUi

    def retranslateUi(self, AwardDialog):
        AwardDialog.setWindowTitle(QCoreApplication.translate("AwardDialog", u"Book award", None))
        self.memberLabel.setText("")
        self.searchBox.setTitle(QCoreApplication.translate("AwardDialog", u"Flight", None))
        self.originLabel.setText(QCoreApplication.translate("AwardDialog", u"Fr&om", None))
#if QT_CONFIG(tooltip)
        self.originEdit.setToolTip(QCoreApplication.translate("AwardDialog", u"Three-letter code of the departure airport, such as FRA (Alt+O).", None))
#endif // QT_CONFIG(tooltip)
        self.originEdit.setPlaceholderText(QCoreApplication.translate("AwardDialog", u"FRA", None))
        self.originName.setText("")
        self.originError.setText("")
        self.destinationLabel.setText(QCoreApplication.translate("AwardDialog", u"&To", None))
#if QT_CONFIG(tooltip)
        self.destinationEdit.setToolTip(QCoreApplication.translate("AwardDialog", u"Three-letter code of the arrival airport, such as JFK (Alt+T).", None))
#endif // QT_CONFIG(tooltip)
        self.destinationEdit.setPlaceholderText(QCoreApplication.translate("AwardDialog", u"JFK", None))
        self.destinationName.setText("")
        self.destinationError.setText("")
        self.dateLabel.setText(QCoreApplication.translate("AwardDialog", u"&Date", None))
#if QT_CONFIG(tooltip)
        self.dateEdit.setToolTip(QCoreApplication.translate("AwardDialog", u"Day of departure. Alt+Down opens the calendar (Alt+D).", None))
#endif // QT_CONFIG(tooltip)
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("AwardDialog", u"yyyy-MM-dd", None))
        self.cabinLabel.setText(QCoreApplication.translate("AwardDialog", u"&Cabin", None))
#if QT_CONFIG(tooltip)
        self.cabinCombo.setToolTip(QCoreApplication.translate("AwardDialog", u"Cabin of the award (Alt+C).", None))
#endif // QT_CONFIG(tooltip)
        self.passengersLabel.setText(QCoreApplication.translate("AwardDialog", u"&Passengers", None))
#if QT_CONFIG(tooltip)
        self.passengersEdit.setToolTip(QCoreApplication.translate("AwardDialog", u"1 to 9 passengers, all on this booking (Alt+P).", None))
#endif // QT_CONFIG(tooltip)
        self.passengersEdit.setText(QCoreApplication.translate("AwardDialog", u"1", None))
        self.searchButton.setText(QCoreApplication.translate("AwardDialog", u"&Search", None))
#if QT_CONFIG(tooltip)
        self.searchButton.setToolTip(QCoreApplication.translate("AwardDialog", u"Search award seats on this day (Return, Alt+S)", None))
#endif // QT_CONFIG(tooltip)
        self.dateError.setText("")
        self.passengersError.setText("")
        self.previewLabel.setText("")
        self.needLabel.setText("")
        self.flightsLabel.setText(QCoreApplication.translate("AwardDialog", u"&Flights", None))
        self.flightsNote.setText("")
#if QT_CONFIG(tooltip)
        self.flightsView.setToolTip(QCoreApplication.translate("AwardDialog", u"Award flights on this day: \u2191/\u2193 choose a flight, Return books it (Alt+F).", None))
#endif // QT_CONFIG(tooltip)
        self.codeCaption.setText(QCoreApplication.translate("AwardDialog", u"Booking code", None))
        self.codeLabel.setText("")
#if QT_CONFIG(tooltip)
        self.codeLabel.setToolTip(QCoreApplication.translate("AwardDialog", u"The booking code: select it, or press Copy code, to give it to the caller.", None))
#endif // QT_CONFIG(tooltip)
        self.copyButton.setText(QCoreApplication.translate("AwardDialog", u"Cop&y code", None))
#if QT_CONFIG(tooltip)
        self.copyButton.setToolTip(QCoreApplication.translate("AwardDialog", u"Copy the booking code to the clipboard", None))
#endif // QT_CONFIG(tooltip)
        self.resultLabel.setText("")
        self.errorLabel.setText("")
        self.progressLabel.setText("")
    # retranslateUi

