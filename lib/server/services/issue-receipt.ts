import "server-only";
import type { DeliveryMethod, ObtainMethod, RequesterType } from "@/lib/domain/request-intake";
import type { RequestChannel } from "@/lib/domain/request-workflow";
import type { InformationRequest } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/db";
import { buildReceiptContent } from "@/lib/server/letters/content/receipt";
import { issueLetter } from "@/lib/server/letters/issue-letter";
import type { OfficeSettings } from "@/lib/view-types/office";

export type ReceiptDates = {
  /** Office-local date the receipt is issued (today). */
  issuedOn: string;
  receivedDate: string;
  dueDate: string;
  workingDays: number;
  officialYears: readonly number[];
};

/**
 * UU 14/2008 Pasal 22(4)-(5): the receipt (tanda bukti penerimaan) with the registration number,
 * issued in the request's own transaction (the e-mail follows from the case event that names it).
 */
export async function issueReceipt(tx: Tx, office: OfficeSettings, request: InformationRequest, dates: ReceiptDates) {
  const letter = await issueLetter(tx, {
    kind: "RECEIPT",
    date: dates.issuedOn,
    officeCode: office.officeCode,
    requestId: request.id,
    signedBy: office.letterhead.signerName,
    content: (letterNumber) =>
      buildReceiptContent(
        office,
        {
          requestNumber: request.number,
          issuedOn: dates.issuedOn,
          channel: request.channel as RequestChannel,
          submittedAt: request.submittedAt,
          receivedDate: dates.receivedDate,
          dueDate: dates.dueDate,
          workingDays: dates.workingDays,
          accessCode: request.accessCode,
          requester: {
            type: request.requesterType as RequesterType,
            name: request.requesterName,
            organization: request.organization,
            address: request.address,
            phone: request.phone,
            email: request.email,
          },
          informationRequested: request.informationRequested,
          purpose: request.purpose,
          obtainMethod: request.obtainMethod as ObtainMethod,
          deliveryMethod: request.deliveryMethod as DeliveryMethod,
          officialYears: dates.officialYears,
        },
        letterNumber,
      ),
  });
  return letter;
}
