# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'credit_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtGui import (QFont)
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialogButtonBox, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_CreditDialog(object):
    def setupUi(self, CreditDialog):
        if not CreditDialog.objectName():
            CreditDialog.setObjectName(u"CreditDialog")
        CreditDialog.resize(620, 420)
        self.dialogLayout = QVBoxLayout(CreditDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(16, 14, 16, 12)
        self.memberLabel = QLabel(parent=CreditDialog)
        self.memberLabel.setObjectName(u"memberLabel")
        font = QFont()
        font.setBold(True)
        self.memberLabel.setFont(font)
        self.memberLabel.setProperty("textFormat", "PlainText")
        self.memberLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.memberLabel)

        self.creditForm = QFormLayout()
        self.creditForm.setObjectName(u"creditForm")
        self.creditForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.creditForm.setProperty("labelAlignment", "AlignLeading|AlignLeft|AlignVCenter")
        self.creditForm.setHorizontalSpacing(12)
        self.creditForm.setVerticalSpacing(6)
        self.kindLabel = QLabel(parent=CreditDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.creditForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(parent=CreditDialog)
        self.kindCombo.addItem("")
        self.kindCombo.addItem("")
        self.kindCombo.addItem("")
        self.kindCombo.setObjectName(u"kindCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.kindCombo.sizePolicy().hasHeightForWidth())
        self.kindCombo.setSizePolicy(sizePolicy)
        self.kindCombo.setMinimumSize(QSize(180, 0))

        self.creditForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.milesLabel = QLabel(parent=CreditDialog)
        self.milesLabel.setObjectName(u"milesLabel")

        self.creditForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.milesLabel)

        self.milesField = QVBoxLayout()
        self.milesField.setSpacing(2)
        self.milesField.setObjectName(u"milesField")
        self.milesEdit = QLineEdit(parent=CreditDialog)
        self.milesEdit.setObjectName(u"milesEdit")
        self.milesEdit.setMaximumSize(QSize(180, 16777215))
        sizePolicy.setHeightForWidth(self.milesEdit.sizePolicy().hasHeightForWidth())
        self.milesEdit.setSizePolicy(sizePolicy)
        self.milesEdit.setMinimumSize(QSize(180, 0))
        self.milesEdit.setMaxLength(16)

        self.milesField.addWidget(self.milesEdit)

        self.milesError = QLabel(parent=CreditDialog)
        self.milesError.setObjectName(u"milesError")
        self.milesError.setProperty("textFormat", "PlainText")
        self.milesError.setWordWrap(True)

        self.milesField.addWidget(self.milesError)


        self.creditForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.milesField)

        self.reasonLabel = QLabel(parent=CreditDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.creditForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonField = QVBoxLayout()
        self.reasonField.setSpacing(2)
        self.reasonField.setObjectName(u"reasonField")
        self.reasonEdit = QLineEdit(parent=CreditDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMinimumSize(QSize(480, 0))
        self.reasonEdit.setMaxLength(500)

        self.reasonField.addWidget(self.reasonEdit)

        self.reasonError = QLabel(parent=CreditDialog)
        self.reasonError.setObjectName(u"reasonError")
        self.reasonError.setProperty("textFormat", "PlainText")
        self.reasonError.setWordWrap(True)

        self.reasonField.addWidget(self.reasonError)


        self.creditForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.reasonField)

        self.referenceLabel = QLabel(parent=CreditDialog)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.creditForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.referenceLabel)

        self.referenceField = QVBoxLayout()
        self.referenceField.setSpacing(2)
        self.referenceField.setObjectName(u"referenceField")
        self.referenceEdit = QLineEdit(parent=CreditDialog)
        self.referenceEdit.setObjectName(u"referenceEdit")
        self.referenceEdit.setMaxLength(100)

        self.referenceField.addWidget(self.referenceEdit)

        self.referenceError = QLabel(parent=CreditDialog)
        self.referenceError.setObjectName(u"referenceError")
        self.referenceError.setProperty("textFormat", "PlainText")
        self.referenceError.setWordWrap(True)

        self.referenceField.addWidget(self.referenceError)


        self.creditForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.referenceField)


        self.dialogLayout.addLayout(self.creditForm)

        self.flightBox = QGroupBox(parent=CreditDialog)
        self.flightBox.setObjectName(u"flightBox")
        self.flightLayout = QVBoxLayout(self.flightBox)
        self.flightLayout.setSpacing(6)
        self.flightLayout.setObjectName(u"flightLayout")
        self.flightForm = QFormLayout()
        self.flightForm.setObjectName(u"flightForm")
        self.flightForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.flightForm.setProperty("labelAlignment", "AlignLeading|AlignLeft|AlignVCenter")
        self.flightForm.setHorizontalSpacing(12)
        self.flightForm.setVerticalSpacing(6)
        self.ticketLabel = QLabel(parent=self.flightBox)
        self.ticketLabel.setObjectName(u"ticketLabel")

        self.flightForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ticketLabel)

        self.ticketField = QVBoxLayout()
        self.ticketField.setSpacing(2)
        self.ticketField.setObjectName(u"ticketField")
        self.ticketEdit = QLineEdit(parent=self.flightBox)
        self.ticketEdit.setObjectName(u"ticketEdit")
        self.ticketEdit.setMaximumSize(QSize(180, 16777215))
        sizePolicy.setHeightForWidth(self.ticketEdit.sizePolicy().hasHeightForWidth())
        self.ticketEdit.setSizePolicy(sizePolicy)
        self.ticketEdit.setMinimumSize(QSize(180, 0))
        self.ticketEdit.setMaxLength(20)

        self.ticketField.addWidget(self.ticketEdit)

        self.ticketError = QLabel(parent=self.flightBox)
        self.ticketError.setObjectName(u"ticketError")
        self.ticketError.setProperty("textFormat", "PlainText")
        self.ticketError.setWordWrap(True)

        self.ticketField.addWidget(self.ticketError)


        self.flightForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.ticketField)

        self.flightNumberLabel = QLabel(parent=self.flightBox)
        self.flightNumberLabel.setObjectName(u"flightNumberLabel")

        self.flightForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.flightNumberLabel)

        self.flightNumberField = QVBoxLayout()
        self.flightNumberField.setSpacing(2)
        self.flightNumberField.setObjectName(u"flightNumberField")
        self.flightNumberEdit = QLineEdit(parent=self.flightBox)
        self.flightNumberEdit.setObjectName(u"flightNumberEdit")
        self.flightNumberEdit.setMaximumSize(QSize(110, 16777215))
        sizePolicy.setHeightForWidth(self.flightNumberEdit.sizePolicy().hasHeightForWidth())
        self.flightNumberEdit.setSizePolicy(sizePolicy)
        self.flightNumberEdit.setMinimumSize(QSize(110, 0))
        self.flightNumberEdit.setMaxLength(8)

        self.flightNumberField.addWidget(self.flightNumberEdit)

        self.flightNumberError = QLabel(parent=self.flightBox)
        self.flightNumberError.setObjectName(u"flightNumberError")
        self.flightNumberError.setProperty("textFormat", "PlainText")
        self.flightNumberError.setWordWrap(True)

        self.flightNumberField.addWidget(self.flightNumberError)


        self.flightForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.flightNumberField)

        self.flightDateLabel = QLabel(parent=self.flightBox)
        self.flightDateLabel.setObjectName(u"flightDateLabel")

        self.flightForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.flightDateLabel)

        self.flightDateField = QVBoxLayout()
        self.flightDateField.setSpacing(2)
        self.flightDateField.setObjectName(u"flightDateField")
        self.flightDateEdit = QDateEdit(parent=self.flightBox)
        self.flightDateEdit.setObjectName(u"flightDateEdit")
        self.flightDateEdit.setMaximumSize(QSize(140, 16777215))
        sizePolicy.setHeightForWidth(self.flightDateEdit.sizePolicy().hasHeightForWidth())
        self.flightDateEdit.setSizePolicy(sizePolicy)
        self.flightDateEdit.setMinimumSize(QSize(140, 0))
        self.flightDateEdit.setCalendarPopup(True)

        self.flightDateField.addWidget(self.flightDateEdit)

        self.flightDateError = QLabel(parent=self.flightBox)
        self.flightDateError.setObjectName(u"flightDateError")
        self.flightDateError.setProperty("textFormat", "PlainText")
        self.flightDateError.setWordWrap(True)

        self.flightDateField.addWidget(self.flightDateError)


        self.flightForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.flightDateField)

        self.bookingClassLabel = QLabel(parent=self.flightBox)
        self.bookingClassLabel.setObjectName(u"bookingClassLabel")

        self.flightForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.bookingClassLabel)

        self.bookingClassField = QVBoxLayout()
        self.bookingClassField.setSpacing(2)
        self.bookingClassField.setObjectName(u"bookingClassField")
        self.bookingClassEdit = QLineEdit(parent=self.flightBox)
        self.bookingClassEdit.setObjectName(u"bookingClassEdit")
        self.bookingClassEdit.setMaximumSize(QSize(60, 16777215))
        sizePolicy.setHeightForWidth(self.bookingClassEdit.sizePolicy().hasHeightForWidth())
        self.bookingClassEdit.setSizePolicy(sizePolicy)
        self.bookingClassEdit.setMinimumSize(QSize(60, 0))
        self.bookingClassEdit.setMaxLength(2)

        self.bookingClassField.addWidget(self.bookingClassEdit)

        self.bookingClassError = QLabel(parent=self.flightBox)
        self.bookingClassError.setObjectName(u"bookingClassError")
        self.bookingClassError.setProperty("textFormat", "PlainText")
        self.bookingClassError.setWordWrap(True)

        self.bookingClassField.addWidget(self.bookingClassError)


        self.flightForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.bookingClassField)

        self.originLabel = QLabel(parent=self.flightBox)
        self.originLabel.setObjectName(u"originLabel")

        self.flightForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.originLabel)

        self.originField = QVBoxLayout()
        self.originField.setSpacing(2)
        self.originField.setObjectName(u"originField")
        self.originEdit = QLineEdit(parent=self.flightBox)
        self.originEdit.setObjectName(u"originEdit")
        self.originEdit.setMaximumSize(QSize(70, 16777215))
        sizePolicy.setHeightForWidth(self.originEdit.sizePolicy().hasHeightForWidth())
        self.originEdit.setSizePolicy(sizePolicy)
        self.originEdit.setMinimumSize(QSize(70, 0))
        self.originEdit.setMaxLength(3)

        self.originField.addWidget(self.originEdit)

        self.originError = QLabel(parent=self.flightBox)
        self.originError.setObjectName(u"originError")
        self.originError.setProperty("textFormat", "PlainText")
        self.originError.setWordWrap(True)

        self.originField.addWidget(self.originError)


        self.flightForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.originField)

        self.destinationLabel = QLabel(parent=self.flightBox)
        self.destinationLabel.setObjectName(u"destinationLabel")

        self.flightForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.destinationLabel)

        self.destinationField = QVBoxLayout()
        self.destinationField.setSpacing(2)
        self.destinationField.setObjectName(u"destinationField")
        self.destinationEdit = QLineEdit(parent=self.flightBox)
        self.destinationEdit.setObjectName(u"destinationEdit")
        self.destinationEdit.setMaximumSize(QSize(70, 16777215))
        sizePolicy.setHeightForWidth(self.destinationEdit.sizePolicy().hasHeightForWidth())
        self.destinationEdit.setSizePolicy(sizePolicy)
        self.destinationEdit.setMinimumSize(QSize(70, 0))
        self.destinationEdit.setMaxLength(3)

        self.destinationField.addWidget(self.destinationEdit)

        self.destinationError = QLabel(parent=self.flightBox)
        self.destinationError.setObjectName(u"destinationError")
        self.destinationError.setProperty("textFormat", "PlainText")
        self.destinationError.setWordWrap(True)

        self.destinationField.addWidget(self.destinationError)


        self.flightForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.destinationField)


        self.flightLayout.addLayout(self.flightForm)

        self.flightError = QLabel(parent=self.flightBox)
        self.flightError.setObjectName(u"flightError")
        self.flightError.setProperty("textFormat", "PlainText")
        self.flightError.setWordWrap(True)

        self.flightLayout.addWidget(self.flightError)

        self.claimWindowLabel = QLabel(parent=self.flightBox)
        self.claimWindowLabel.setObjectName(u"claimWindowLabel")
        self.claimWindowLabel.setProperty("textFormat", "PlainText")
        self.claimWindowLabel.setWordWrap(True)

        self.flightLayout.addWidget(self.claimWindowLabel)

        self.previewLabel = QLabel(parent=self.flightBox)
        self.previewLabel.setObjectName(u"previewLabel")
        self.previewLabel.setProperty("textFormat", "PlainText")
        self.previewLabel.setWordWrap(True)
        self.previewLabel.setProperty("textInteractionFlags", "TextSelectableByMouse")

        self.flightLayout.addWidget(self.previewLabel)


        self.dialogLayout.addWidget(self.flightBox)

        self.limitsLabel = QLabel(parent=CreditDialog)
        self.limitsLabel.setObjectName(u"limitsLabel")
        self.limitsLabel.setProperty("textFormat", "PlainText")
        self.limitsLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.limitsLabel)

        self.approvalLabel = QLabel(parent=CreditDialog)
        self.approvalLabel.setObjectName(u"approvalLabel")
        self.approvalLabel.setProperty("textFormat", "PlainText")
        self.approvalLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.approvalLabel)

        self.errorLabel = QLabel(parent=CreditDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setProperty("textFormat", "PlainText")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty("textInteractionFlags", "TextSelectableByMouse")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.progressLabel = QLabel(parent=CreditDialog)
        self.progressLabel.setObjectName(u"progressLabel")
        self.progressLabel.setProperty("textFormat", "PlainText")

        self.buttonRow.addWidget(self.progressLabel)

        self.buttonBox = QDialogButtonBox(parent=CreditDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.buttonRow.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.milesLabel.setBuddy(self.milesEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.referenceLabel.setBuddy(self.referenceEdit)
        self.ticketLabel.setBuddy(self.ticketEdit)
        self.flightNumberLabel.setBuddy(self.flightNumberEdit)
        self.flightDateLabel.setBuddy(self.flightDateEdit)
        self.bookingClassLabel.setBuddy(self.bookingClassEdit)
        self.originLabel.setBuddy(self.originEdit)
        self.destinationLabel.setBuddy(self.destinationEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.milesEdit)
        QWidget.setTabOrder(self.milesEdit, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.referenceEdit)
        QWidget.setTabOrder(self.referenceEdit, self.ticketEdit)
        QWidget.setTabOrder(self.ticketEdit, self.flightNumberEdit)
        QWidget.setTabOrder(self.flightNumberEdit, self.flightDateEdit)
        QWidget.setTabOrder(self.flightDateEdit, self.bookingClassEdit)
        QWidget.setTabOrder(self.bookingClassEdit, self.originEdit)
        QWidget.setTabOrder(self.originEdit, self.destinationEdit)

        self.retranslateUi(CreditDialog)

        QMetaObject.connectSlotsByName(CreditDialog)
    # setupUi

    def retranslateUi(self, CreditDialog):
        CreditDialog.setWindowTitle(QCoreApplication.translate("CreditDialog", u"Credit miles", None))
        self.memberLabel.setText("")
        self.kindLabel.setText(QCoreApplication.translate("CreditDialog", u"&Kind", None))
        self.kindCombo.setItemText(0, QCoreApplication.translate("CreditDialog", u"Goodwill", None))
        self.kindCombo.setItemText(1, QCoreApplication.translate("CreditDialog", u"Correction", None))
        self.kindCombo.setItemText(2, QCoreApplication.translate("CreditDialog", u"Retro claim", None))

#if QT_CONFIG(tooltip)
        self.kindCombo.setToolTip(QCoreApplication.translate("CreditDialog", u"Goodwill: a gesture for a complaint. Correction: fixes a wrong posting. Retro claim: miles for a flown flight that was not credited (Alt+K).", None))
#endif // QT_CONFIG(tooltip)
        self.milesLabel.setText(QCoreApplication.translate("CreditDialog", u"&Miles", None))
#if QT_CONFIG(tooltip)
        self.milesEdit.setToolTip(QCoreApplication.translate("CreditDialog", u"Whole miles from 1 to 1,000,000; 1,500 and 1500 both work (Alt+M).", None))
#endif // QT_CONFIG(tooltip)
        self.milesEdit.setPlaceholderText(QCoreApplication.translate("CreditDialog", u"e.g. 1,500", None))
        self.milesError.setText("")
        self.reasonLabel.setText(QCoreApplication.translate("CreditDialog", u"&Reason", None))
#if QT_CONFIG(tooltip)
        self.reasonEdit.setToolTip(QCoreApplication.translate("CreditDialog", u"Why the member gets these miles, for the statement and the audit (required, Alt+R).", None))
#endif // QT_CONFIG(tooltip)
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("CreditDialog", u"e.g. Delayed baggage on LH400, case 4711", None))
        self.reasonError.setText("")
        self.referenceLabel.setText(QCoreApplication.translate("CreditDialog", u"R&eference", None))
#if QT_CONFIG(tooltip)
        self.referenceEdit.setToolTip(QCoreApplication.translate("CreditDialog", u"Optional: complaint case, ticket or ledger entry this credit belongs to (Alt+E).", None))
#endif // QT_CONFIG(tooltip)
        self.referenceEdit.setPlaceholderText(QCoreApplication.translate("CreditDialog", u"optional, e.g. case 4711", None))
        self.referenceError.setText("")
        self.flightBox.setTitle(QCoreApplication.translate("CreditDialog", u"Flight of the retro claim", None))
        self.ticketLabel.setText(QCoreApplication.translate("CreditDialog", u"T&icket", None))
#if QT_CONFIG(tooltip)
        self.ticketEdit.setToolTip(QCoreApplication.translate("CreditDialog", u"The 13-digit e-ticket number, spaces and dashes allowed (Alt+I).", None))
#endif // QT_CONFIG(tooltip)
        self.ticketEdit.setPlaceholderText(QCoreApplication.translate("CreditDialog", u"220 1234567890", None))
        self.ticketError.setText("")
        self.flightNumberLabel.setText(QCoreApplication.translate("CreditDialog", u"Flight &number", None))
#if QT_CONFIG(tooltip)
        self.flightNumberEdit.setToolTip(QCoreApplication.translate("CreditDialog", u"Airline code and number, such as LH400 (Alt+N).", None))
#endif // QT_CONFIG(tooltip)
        self.flightNumberEdit.setPlaceholderText(QCoreApplication.translate("CreditDialog", u"LH400", None))
        self.flightNumberError.setText("")
        self.flightDateLabel.setText(QCoreApplication.translate("CreditDialog", u"Flight &date", None))
#if QT_CONFIG(tooltip)
        self.flightDateEdit.setToolTip(QCoreApplication.translate("CreditDialog", u"Date of departure (UTC). Flights of the last 6 months can be claimed; Alt+Down opens the calendar (Alt+D).", None))
#endif // QT_CONFIG(tooltip)
        self.flightDateEdit.setDisplayFormat(QCoreApplication.translate("CreditDialog", u"yyyy-MM-dd", None))
        self.flightDateError.setText("")
        self.bookingClassLabel.setText(QCoreApplication.translate("CreditDialog", u"Booking c&lass", None))
#if QT_CONFIG(tooltip)
        self.bookingClassEdit.setToolTip(QCoreApplication.translate("CreditDialog", u"The one-letter booking class on the ticket, such as Y or M (Alt+L).", None))
#endif // QT_CONFIG(tooltip)
        self.bookingClassEdit.setPlaceholderText(QCoreApplication.translate("CreditDialog", u"M", None))
        self.bookingClassError.setText("")
        self.originLabel.setText(QCoreApplication.translate("CreditDialog", u"Fr&om", None))
#if QT_CONFIG(tooltip)
        self.originEdit.setToolTip(QCoreApplication.translate("CreditDialog", u"Three-letter code of the departure airport, such as FRA (Alt+O).", None))
#endif // QT_CONFIG(tooltip)
        self.originEdit.setPlaceholderText(QCoreApplication.translate("CreditDialog", u"FRA", None))
        self.originError.setText("")
        self.destinationLabel.setText(QCoreApplication.translate("CreditDialog", u"&To", None))
#if QT_CONFIG(tooltip)
        self.destinationEdit.setToolTip(QCoreApplication.translate("CreditDialog", u"Three-letter code of the arrival airport, such as JFK (Alt+T).", None))
#endif // QT_CONFIG(tooltip)
        self.destinationEdit.setPlaceholderText(QCoreApplication.translate("CreditDialog", u"JFK", None))
        self.destinationError.setText("")
        self.flightError.setText("")
        self.claimWindowLabel.setText("")
#if QT_CONFIG(tooltip)
        self.previewLabel.setToolTip(QCoreApplication.translate("CreditDialog", u"Calculated here with the programme's mileage calculator; the server calculates again when the claim is sent.", None))
#endif // QT_CONFIG(tooltip)
        self.previewLabel.setText("")
        self.limitsLabel.setText("")
        self.approvalLabel.setText("")
        self.errorLabel.setText("")
        self.progressLabel.setText("")
    # retranslateUi

