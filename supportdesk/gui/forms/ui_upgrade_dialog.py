# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'upgrade_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtGui import (QFont)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QFrame,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout)

class Ui_UpgradeDialog(object):
    def setupUi(self, UpgradeDialog):
        if not UpgradeDialog.objectName():
            UpgradeDialog.setObjectName(u"UpgradeDialog")
        UpgradeDialog.resize(600, 420)
        self.dialogLayout = QVBoxLayout(UpgradeDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(16, 14, 16, 12)
        self.memberLabel = QLabel(parent=UpgradeDialog)
        self.memberLabel.setObjectName(u"memberLabel")
        font = QFont()
        font.setBold(True)
        self.memberLabel.setFont(font)
        self.memberLabel.setProperty("textFormat", "PlainText")
        self.memberLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.memberLabel)

        self.upgradeForm = QFormLayout()
        self.upgradeForm.setObjectName(u"upgradeForm")
        self.upgradeForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.upgradeForm.setProperty("labelAlignment", "AlignLeading|AlignLeft|AlignTop")
        self.upgradeForm.setHorizontalSpacing(12)
        self.upgradeForm.setVerticalSpacing(6)
        self.ticketLabel = QLabel(parent=UpgradeDialog)
        self.ticketLabel.setObjectName(u"ticketLabel")

        self.upgradeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ticketLabel)

        self.ticketField = QVBoxLayout()
        self.ticketField.setSpacing(2)
        self.ticketField.setObjectName(u"ticketField")
        self.ticketEdit = QLineEdit(parent=UpgradeDialog)
        self.ticketEdit.setObjectName(u"ticketEdit")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.ticketEdit.sizePolicy().hasHeightForWidth())
        self.ticketEdit.setSizePolicy(sizePolicy)
        self.ticketEdit.setMinimumSize(QSize(180, 0))
        self.ticketEdit.setMaximumSize(QSize(180, 16777215))
        self.ticketEdit.setMaxLength(20)

        self.ticketField.addWidget(self.ticketEdit)

        self.ticketError = QLabel(parent=UpgradeDialog)
        self.ticketError.setObjectName(u"ticketError")
        self.ticketError.setProperty("textFormat", "PlainText")
        self.ticketError.setWordWrap(True)

        self.ticketField.addWidget(self.ticketError)


        self.upgradeForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.ticketField)

        self.toCabinLabel = QLabel(parent=UpgradeDialog)
        self.toCabinLabel.setObjectName(u"toCabinLabel")

        self.upgradeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.toCabinLabel)

        self.toCabinField = QVBoxLayout()
        self.toCabinField.setSpacing(2)
        self.toCabinField.setObjectName(u"toCabinField")
        self.toCabinCombo = QComboBox(parent=UpgradeDialog)
        self.toCabinCombo.setObjectName(u"toCabinCombo")
        sizePolicy.setHeightForWidth(self.toCabinCombo.sizePolicy().hasHeightForWidth())
        self.toCabinCombo.setSizePolicy(sizePolicy)
        self.toCabinCombo.setMinimumSize(QSize(180, 0))

        self.toCabinField.addWidget(self.toCabinCombo)

        self.toCabinError = QLabel(parent=UpgradeDialog)
        self.toCabinError.setObjectName(u"toCabinError")
        self.toCabinError.setProperty("textFormat", "PlainText")
        self.toCabinError.setWordWrap(True)

        self.toCabinField.addWidget(self.toCabinError)


        self.upgradeForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.toCabinField)


        self.dialogLayout.addLayout(self.upgradeForm)

        self.quoteBox = QGroupBox(parent=UpgradeDialog)
        self.quoteBox.setObjectName(u"quoteBox")
        self.quoteLayout = QVBoxLayout(self.quoteBox)
        self.quoteLayout.setSpacing(6)
        self.quoteLayout.setObjectName(u"quoteLayout")
        self.quoteNote = QLabel(parent=self.quoteBox)
        self.quoteNote.setObjectName(u"quoteNote")
        self.quoteNote.setProperty("textFormat", "PlainText")
        self.quoteNote.setWordWrap(True)
        self.quoteNote.setProperty(u"note", True)

        self.quoteLayout.addWidget(self.quoteNote)

        self.quoteForm = QFormLayout()
        self.quoteForm.setObjectName(u"quoteForm")
        self.quoteForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.quoteForm.setProperty("labelAlignment", "AlignLeading|AlignLeft|AlignTop")
        self.quoteForm.setHorizontalSpacing(12)
        self.quoteForm.setVerticalSpacing(6)
        self.originLabel = QLabel(parent=self.quoteBox)
        self.originLabel.setObjectName(u"originLabel")

        self.quoteForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.originLabel)

        self.originField = QVBoxLayout()
        self.originField.setSpacing(2)
        self.originField.setObjectName(u"originField")
        self.originRow = QHBoxLayout()
        self.originRow.setSpacing(8)
        self.originRow.setObjectName(u"originRow")
        self.originEdit = QLineEdit(parent=self.quoteBox)
        self.originEdit.setObjectName(u"originEdit")
        sizePolicy.setHeightForWidth(self.originEdit.sizePolicy().hasHeightForWidth())
        self.originEdit.setSizePolicy(sizePolicy)
        self.originEdit.setMinimumSize(QSize(70, 0))
        self.originEdit.setMaximumSize(QSize(70, 16777215))
        self.originEdit.setMaxLength(3)

        self.originRow.addWidget(self.originEdit)

        self.originName = QLabel(parent=self.quoteBox)
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

        self.originError = QLabel(parent=self.quoteBox)
        self.originError.setObjectName(u"originError")
        self.originError.setProperty("textFormat", "PlainText")
        self.originError.setWordWrap(True)

        self.originField.addWidget(self.originError)


        self.quoteForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.originField)

        self.destinationLabel = QLabel(parent=self.quoteBox)
        self.destinationLabel.setObjectName(u"destinationLabel")

        self.quoteForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.destinationLabel)

        self.destinationField = QVBoxLayout()
        self.destinationField.setSpacing(2)
        self.destinationField.setObjectName(u"destinationField")
        self.destinationRow = QHBoxLayout()
        self.destinationRow.setSpacing(8)
        self.destinationRow.setObjectName(u"destinationRow")
        self.destinationEdit = QLineEdit(parent=self.quoteBox)
        self.destinationEdit.setObjectName(u"destinationEdit")
        sizePolicy.setHeightForWidth(self.destinationEdit.sizePolicy().hasHeightForWidth())
        self.destinationEdit.setSizePolicy(sizePolicy)
        self.destinationEdit.setMinimumSize(QSize(70, 0))
        self.destinationEdit.setMaximumSize(QSize(70, 16777215))
        self.destinationEdit.setMaxLength(3)

        self.destinationRow.addWidget(self.destinationEdit)

        self.destinationName = QLabel(parent=self.quoteBox)
        self.destinationName.setObjectName(u"destinationName")
        self.destinationName.setProperty("textFormat", "PlainText")
        self.destinationName.setWordWrap(True)
        sizePolicy1.setHeightForWidth(self.destinationName.sizePolicy().hasHeightForWidth())
        self.destinationName.setSizePolicy(sizePolicy1)
        self.destinationName.setProperty(u"note", True)

        self.destinationRow.addWidget(self.destinationName)


        self.destinationField.addLayout(self.destinationRow)

        self.destinationError = QLabel(parent=self.quoteBox)
        self.destinationError.setObjectName(u"destinationError")
        self.destinationError.setProperty("textFormat", "PlainText")
        self.destinationError.setWordWrap(True)

        self.destinationField.addWidget(self.destinationError)


        self.quoteForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.destinationField)

        self.fromCabinLabel = QLabel(parent=self.quoteBox)
        self.fromCabinLabel.setObjectName(u"fromCabinLabel")

        self.quoteForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.fromCabinLabel)

        self.fromCabinField = QVBoxLayout()
        self.fromCabinField.setSpacing(2)
        self.fromCabinField.setObjectName(u"fromCabinField")
        self.fromCabinCombo = QComboBox(parent=self.quoteBox)
        self.fromCabinCombo.setObjectName(u"fromCabinCombo")
        sizePolicy.setHeightForWidth(self.fromCabinCombo.sizePolicy().hasHeightForWidth())
        self.fromCabinCombo.setSizePolicy(sizePolicy)
        self.fromCabinCombo.setMinimumSize(QSize(180, 0))

        self.fromCabinField.addWidget(self.fromCabinCombo)

        self.fromCabinError = QLabel(parent=self.quoteBox)
        self.fromCabinError.setObjectName(u"fromCabinError")
        self.fromCabinError.setProperty("textFormat", "PlainText")
        self.fromCabinError.setWordWrap(True)

        self.fromCabinField.addWidget(self.fromCabinError)


        self.quoteForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.fromCabinField)


        self.quoteLayout.addLayout(self.quoteForm)

        self.previewLabel = QLabel(parent=self.quoteBox)
        self.previewLabel.setObjectName(u"previewLabel")
        self.previewLabel.setProperty("textFormat", "PlainText")
        self.previewLabel.setWordWrap(True)
        self.previewLabel.setProperty("textInteractionFlags", "TextSelectableByMouse")

        self.quoteLayout.addWidget(self.previewLabel)


        self.dialogLayout.addWidget(self.quoteBox)

        self.needLabel = QLabel(parent=UpgradeDialog)
        self.needLabel.setObjectName(u"needLabel")
        self.needLabel.setProperty("textFormat", "PlainText")
        self.needLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.needLabel)

        self.resultBox = QFrame(parent=UpgradeDialog)
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

        self.errorLabel = QLabel(parent=UpgradeDialog)
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
        self.progressLabel = QLabel(parent=UpgradeDialog)
        self.progressLabel.setObjectName(u"progressLabel")
        self.progressLabel.setProperty("textFormat", "PlainText")
        sizePolicy1.setHeightForWidth(self.progressLabel.sizePolicy().hasHeightForWidth())
        self.progressLabel.setSizePolicy(sizePolicy1)

        self.bottomRow.addWidget(self.progressLabel)

        self.buttonBox = QDialogButtonBox(parent=UpgradeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setProperty("orientation", "Horizontal")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close|QDialogButtonBox.StandardButton.Ok)

        self.bottomRow.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.bottomRow)

#if QT_CONFIG(shortcut)
        self.ticketLabel.setBuddy(self.ticketEdit)
        self.toCabinLabel.setBuddy(self.toCabinCombo)
        self.originLabel.setBuddy(self.originEdit)
        self.destinationLabel.setBuddy(self.destinationEdit)
        self.fromCabinLabel.setBuddy(self.fromCabinCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(UpgradeDialog)

        QMetaObject.connectSlotsByName(UpgradeDialog)
    # setupUi

    def retranslateUi(self, UpgradeDialog):
        UpgradeDialog.setWindowTitle(QCoreApplication.translate("UpgradeDialog", u"Upgrade award", None))
        self.memberLabel.setText("")
        self.ticketLabel.setText(QCoreApplication.translate("UpgradeDialog", u"Tic&ket", None))
#if QT_CONFIG(tooltip)
        self.ticketEdit.setToolTip(QCoreApplication.translate("UpgradeDialog", u"The member's 13-digit e-ticket number, spaces and dashes allowed (Alt+K).", None))
#endif // QT_CONFIG(tooltip)
        self.ticketEdit.setPlaceholderText(QCoreApplication.translate("UpgradeDialog", u"220 1234567890", None))
        self.ticketError.setText("")
        self.toCabinLabel.setText(QCoreApplication.translate("UpgradeDialog", u"&Upgrade to", None))
#if QT_CONFIG(tooltip)
        self.toCabinCombo.setToolTip(QCoreApplication.translate("UpgradeDialog", u"The cabin to upgrade to (Alt+U).", None))
#endif // QT_CONFIG(tooltip)
        self.toCabinError.setText("")
        self.quoteBox.setTitle(QCoreApplication.translate("UpgradeDialog", u"Price quote before booking (optional)", None))
        self.quoteNote.setText("")
        self.originLabel.setText(QCoreApplication.translate("UpgradeDialog", u"&From", None))
#if QT_CONFIG(tooltip)
        self.originEdit.setToolTip(QCoreApplication.translate("UpgradeDialog", u"Departure airport of the ticket's next flight, as the caller says (Alt+F).", None))
#endif // QT_CONFIG(tooltip)
        self.originEdit.setPlaceholderText(QCoreApplication.translate("UpgradeDialog", u"FRA", None))
        self.originName.setText("")
        self.originError.setText("")
        self.destinationLabel.setText(QCoreApplication.translate("UpgradeDialog", u"&To", None))
#if QT_CONFIG(tooltip)
        self.destinationEdit.setToolTip(QCoreApplication.translate("UpgradeDialog", u"Arrival airport of that flight (Alt+T).", None))
#endif // QT_CONFIG(tooltip)
        self.destinationEdit.setPlaceholderText(QCoreApplication.translate("UpgradeDialog", u"JFK", None))
        self.destinationName.setText("")
        self.destinationError.setText("")
        self.fromCabinLabel.setText(QCoreApplication.translate("UpgradeDialog", u"Booked c&abin", None))
#if QT_CONFIG(tooltip)
        self.fromCabinCombo.setToolTip(QCoreApplication.translate("UpgradeDialog", u"The cabin the ticket is booked in (Alt+A).", None))
#endif // QT_CONFIG(tooltip)
        self.fromCabinError.setText("")
        self.previewLabel.setText("")
        self.needLabel.setText("")
        self.codeCaption.setText(QCoreApplication.translate("UpgradeDialog", u"Booking code", None))
        self.codeLabel.setText("")
#if QT_CONFIG(tooltip)
        self.codeLabel.setToolTip(QCoreApplication.translate("UpgradeDialog", u"The booking code: select it, or press Copy code, to give it to the caller.", None))
#endif // QT_CONFIG(tooltip)
        self.copyButton.setText(QCoreApplication.translate("UpgradeDialog", u"Cop&y code", None))
#if QT_CONFIG(tooltip)
        self.copyButton.setToolTip(QCoreApplication.translate("UpgradeDialog", u"Copy the booking code to the clipboard", None))
#endif // QT_CONFIG(tooltip)
        self.resultLabel.setText("")
        self.errorLabel.setText("")
        self.progressLabel.setText("")
    # retranslateUi

