/**
 * A virtual account number as SNAP BI writes it (VA services 24–31): the bank's partnerServiceId for the biller,
 * 8 characters left-padded with spaces, followed by the customerNo (up to 20 digits). Balai's customerNo is the
 * bill's kode bayar, so a bill's VA at a bank is that bank's prefix plus the code printed on the bill.
 */
export const PARTNER_SERVICE_ID = /^ {0,7}\d{1,8}$/;
export const CUSTOMER_NO = /^\d{1,20}$/;

export function virtualAccountNo(partnerServiceId: string, customerNo: string): string {
  if (partnerServiceId.length !== 8 || !PARTNER_SERVICE_ID.test(partnerServiceId))
    throw new RangeError(
      `a partnerServiceId is 8 characters, digits left-padded with spaces: "${partnerServiceId}"`,
    );
  if (!CUSTOMER_NO.test(customerNo)) throw new RangeError(`a customerNo is 1–20 digits: "${customerNo}"`);
  return `${partnerServiceId}${customerNo}`;
}
